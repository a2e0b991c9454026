package jp.chigasaki.kyodo.line;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.SignatureValidator;


@Configuration(proxyBeanMethods = false)
class LineConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LineConfiguration.class);

	@Bean
	SignatureValidator lineSignatureValidator(LineProperties properties) {
		if (!properties.signatureCheck()) {
			log.warn("kyodo.line.signature-check=false: webhook signatures are NOT verified");
		}
		if (properties.channelSecret().isEmpty()) {
			log.warn("kyodo.line.channel-secret is blank (LINE_CHANNEL_SECRET): every webhook is refused with 400");
			return (body, signature) -> false;
		}
		return new LineSignatureValidator(properties.channelSecret().getBytes(StandardCharsets.UTF_8));
	}

	@Bean
	MessagingApiClient lineMessagingApiClient(LineProperties properties) {
		// The SDK's default logger writes whole request bodies (message text, ids) and is therefore off.
		return MessagingApiClient.builder(properties.channelToken())
			.apiEndPoint(withTrailingSlash(properties.apiBaseUrl()))
			.usingDefaultLogger(false)
			.connectTimeout(properties.delivery().timeout())
			.readTimeout(properties.delivery().timeout())
			.writeTimeout(properties.delivery().timeout())
			.maxRequests(4 * properties.workers().threads())
			.maxRequestsPerHost(4 * properties.workers().threads())
			.build();
	}

	/** In production a blank credential or an unchecked signature is a misconfiguration, not a mode. */
	@Bean
	@Profile("prod")
	InitializingBean lineProductionCheck(LineProperties properties) {
		return () -> {
			List<String> problems = new ArrayList<>();
			if (properties.channelSecret().isEmpty()) {
				problems.add("kyodo.line.channel-secret (LINE_CHANNEL_SECRET) is blank");
			}
			if (properties.channelToken().isEmpty()) {
				problems.add("kyodo.line.channel-token (LINE_CHANNEL_TOKEN) is blank");
			}
			if (!properties.signatureCheck()) {
				problems.add("kyodo.line.signature-check is false");
			}
			if (!problems.isEmpty()) {
				throw new IllegalStateException("refusing to start in the prod profile: " + String.join("; ", problems));
			}
		};
	}

	private static URI withTrailingSlash(URI uri) {
		String text = uri.toString();
		return text.endsWith("/") ? uri : URI.create(text + "/");
	}
}
