package jp.chigasaki.kyodo.richmenu.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.richmenu.RichMenus;

/**
 * The rich menus for the emulator (local profile). Elsewhere the service needs none: LINE shows the deployed menus.
 * Invalid files stop the local run with their {@code file:line} problems, as invalid knowledge does.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@EnableConfigurationProperties(RichMenuProperties.class)
public class RichMenuConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RichMenuConfiguration.class);

	@Bean
	RichMenus richMenus(RichMenuProperties properties, Knowledge knowledge) {
		try {
			JapaneseFont.load(properties.font());
		}
		catch (IllegalStateException ex) {
			// The emulator still works; only the menu pictures cannot be drawn (their requests answer 503).
			log.warn("Rich menu pictures: {}", ex.getMessage());
		}
		return RichMenus.load(properties.dir(), knowledge.current(), properties.font());
	}
}
