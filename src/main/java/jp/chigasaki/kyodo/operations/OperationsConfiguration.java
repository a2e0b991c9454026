package jp.chigasaki.kyodo.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	FilterRegistrationBean<ContentSecurityPolicyFilter> contentSecurityPolicyFilter(OperationsProperties properties) {
		FilterRegistrationBean<ContentSecurityPolicyFilter> registration = new FilterRegistrationBean<>(
				new ContentSecurityPolicyFilter(properties.contentSecurityPolicy()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
