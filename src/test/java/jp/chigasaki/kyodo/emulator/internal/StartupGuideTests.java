package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class StartupGuideTests {

	@Test
	void onlyTheLocalDemoSignInsAreShownNeverAHashedPassword() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("kyodo.console.accounts[0].username", "city")
			.withProperty("kyodo.console.accounts[0].password", "{noop}city")
			.withProperty("kyodo.console.accounts[1].username", "real")
			.withProperty("kyodo.console.accounts[1].password", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv")
			.withProperty("kyodo.console.accounts[2].username", "center")
			.withProperty("kyodo.console.accounts[2].password", "{noop}center");

		String signIn = new StartupGuide(environment).localSignIn();

		assertThat(signIn).isEqualTo("city / city、center / center").doesNotContain("real").doesNotContain("$2a$");
	}

	@Test
	void withoutLocalAccountsTheGuideSaysSo() {
		assertThat(new StartupGuide(new MockEnvironment()).localSignIn()).isEqualTo("（ローカル用アカウントなし）");
	}
}
