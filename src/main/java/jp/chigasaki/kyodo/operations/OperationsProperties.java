package jp.chigasaki.kyodo.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * How the service faces the network ({@code kyodo.operations.*}).
 *
 * @param prometheusToken the bearer token a scraper must send to {@code /actuator/prometheus}
 *        ({@code KYODO_OPERATIONS_PROMETHEUS_TOKEN}); blank: open outside {@code prod}, closed (401) in {@code prod}
 * @param contentSecurityPolicy sent with every response; scripts only from the service's own static files
 */
@Validated
@ConfigurationProperties("kyodo.operations")
public record OperationsProperties(String prometheusToken,
		@NotBlank @DefaultValue(DEFAULT_POLICY) String contentSecurityPolicy) {

	static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public OperationsProperties {
		prometheusToken = prometheusToken == null ? "" : prometheusToken.strip();
	}

	@Override
	public String toString() {
		return "OperationsProperties[prometheusToken=" + (prometheusToken.isEmpty() ? "(blank)" : "******")
				+ ", contentSecurityPolicy=" + contentSecurityPolicy + "]";
	}
}
