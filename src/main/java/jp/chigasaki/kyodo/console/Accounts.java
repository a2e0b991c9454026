package jp.chigasaki.kyodo.console;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import jp.chigasaki.kyodo.escalation.Coordinator;
import jp.chigasaki.kyodo.escalation.Ticket;

/**
 * The configured console accounts: sign-in, the coordinator behind a session, and the coordinator behind a LINE user
 * id. Refuses plain-text passwords outside the {@code local} profile, so a forgotten test account cannot ship.
 */
class Accounts implements UserDetailsService, Coordinator.Directory {

	private final Map<String, ConsoleProperties.Account> byUsername = new LinkedHashMap<>();

	Accounts(ConsoleProperties properties, boolean localProfile) {
		for (ConsoleProperties.Account account : properties.accounts()) {
			String password = account.password();
			boolean hashed = password.startsWith("{bcrypt}$2") || password.startsWith("$2");
			if (!hashed && !(localProfile && password.startsWith("{noop}"))) {
				throw new IllegalStateException("kyodo.console.accounts: the password of '" + account.username()
						+ "' must be a BCrypt hash ({bcrypt}$2a$...); {noop} only in the local profile");
			}
			if (byUsername.put(account.username(), account) != null) {
				throw new IllegalStateException("kyodo.console.accounts: duplicate username " + account.username());
			}
		}
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		ConsoleProperties.Account account = byUsername.get(username);
		if (account == null) {
			throw new UsernameNotFoundException("unknown account");
		}
		String password = account.password().startsWith("$2") ? "{bcrypt}" + account.password() : account.password();
		return User.withUsername(account.username()).password(password).roles(account.role().name()).build();
	}

	boolean exists(String username) {
		return byUsername.containsKey(username);
	}

	@Override
	public Optional<Coordinator> byLineUserId(String lineUserId) {
		return byUsername.values()
			.stream()
			.filter(account -> lineUserId.equals(account.lineUserId()))
			.findFirst()
			.map(Accounts::coordinator);
	}

	Coordinator coordinator(Authentication authentication) {
		ConsoleProperties.Account account = byUsername.get(authentication.getName());
		if (account == null) {
			throw new ConsoleAccessDenied("このアカウントは登録されていません。");
		}
		return coordinator(account);
	}

	private static Coordinator coordinator(ConsoleProperties.Account account) {
		Set<Ticket.Queue> queues = switch (account.role()) {
			case CITY_COORDINATOR -> EnumSet.of(Ticket.Queue.CITY);
			case CENTER_COORDINATOR -> EnumSet.of(Ticket.Queue.CENTER);
			case ADMIN -> EnumSet.allOf(Ticket.Queue.class);
		};
		return new Coordinator(account.username(), account.name(), queues,
				account.role() == ConsoleProperties.Role.ADMIN);
	}
}
