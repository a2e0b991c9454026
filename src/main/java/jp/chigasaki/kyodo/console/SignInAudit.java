package jp.chigasaki.kyodo.console;

import java.time.Duration;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail of console sign-ins, one line each on the logger {@code kyodo.audit.sign-in}: outcome, account and
 * client address. Only configured account names are written; a name that is no account (perhaps a password typed
 * into the wrong field) appears as {@code (unknown)}. Passwords never.
 */
class SignInAudit {

	private static final Logger log = LoggerFactory.getLogger("kyodo.audit.sign-in");

	private final Predicate<String> isAccount;

	SignInAudit(Predicate<String> isAccount) {
		this.isAccount = isAccount;
	}

	void succeeded(String account, String address) {
		log.info("sign-in succeeded account={} address={}", name(account), address);
	}

	void failed(String account, String address) {
		log.warn("sign-in failed account={} address={}", name(account), address);
	}

	void throttled(String account, String address, Duration wait) {
		log.warn("sign-in refused (throttled for {} s) account={} address={}", wait.toSeconds() + 1, name(account),
				address);
	}

	void unavailable(String account, String address) {
		log.warn("sign-in refused (Redis unavailable) account={} address={}", name(account), address);
	}

	private String name(String account) {
		return isAccount.test(account) ? account : "(unknown)";
	}
}
