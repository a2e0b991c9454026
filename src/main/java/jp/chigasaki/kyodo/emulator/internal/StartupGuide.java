package jp.chigasaki.kyodo.emulator.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who just ran the local profile where to go. Prints no secret: the console's demo sign-in exists
 * only in {@code application-local.yml}, and the generated channel secret and token are never shown.
 */
@Component
@Profile("local")
class StartupGuide {

	private static final Logger log = LoggerFactory.getLogger(StartupGuide.class);

	private final Environment environment;

	StartupGuide(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printWhereToGo() {
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		log.info("""

				==== 協働コンシェルジュ ローカル実行（LINE チャネル不要） ====
				  LINE エミュレータ      {}/emulator
				  コーディネーター画面   {}/console   ローカル用サインイン: {}
				  ヘルスチェック         {}/actuator/health
				  LINE API 呼び出しはサービス内の代替（{}/v2/bot/...）が受けます。実際の LINE には何も送られません。
				""", base, base, environment.getProperty("kyodo.emulator.console-sign-in", "（docs/emulator.md 参照）"),
				base, base);
	}
}
