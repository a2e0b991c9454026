package jp.chigasaki.kyodo.emulator.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who just started the local profile where to go. Prints no secret: the console sign-in shown is
 * the local demo one ({@code {noop}} passwords, refused outside the local profile), and the generated channel secret
 * and token are never shown.
 */
@Component
@Profile("local")
class StartupGuide {

	private static final Logger log = LoggerFactory.getLogger(StartupGuide.class);
	private static final String NOOP = "{noop}";

	private final Environment environment;

	StartupGuide(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printWhereToGo() {
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		log.info("""

				==== 協働コンシェルジュ ローカル実行（LINE チャネル・Redis の用意は不要） ====
				  LINE エミュレータ      {}/emulator
				  コーディネーター画面   {}/console   ローカル用サインイン: {}
				  ヘルスチェック         {}/actuator/health
				  ボットの LINE API 呼び出しはサービス内の代替が受けます。実際の LINE には何も送られません。
				""", base, base, localSignIn(), base);
	}

	/** {@code user / password} of the local demo accounts: only {@code {noop}} ones, which work only here. */
	String localSignIn() {
		List<String> accounts = new ArrayList<>();
		for (int i = 0; environment.containsProperty(account(i, "username")); i++) {
			String password = environment.getProperty(account(i, "password"), "");
			if (password.startsWith(NOOP)) {
				accounts.add(environment.getProperty(account(i, "username")) + " / " + password.substring(NOOP.length()));
			}
		}
		return accounts.isEmpty() ? "（ローカル用アカウントなし）" : String.join("、", accounts);
	}

	private static String account(int index, String key) {
		return "kyodo.console.accounts[" + index + "]." + key;
	}
}
