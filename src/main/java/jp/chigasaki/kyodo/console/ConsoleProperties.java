package jp.chigasaki.kyodo.console;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The coordinator console ({@code kyodo.console.*}).
 *
 * @param accounts who may sign in; passwords as a BCrypt hash ({@code {bcrypt}$2a$…}), {@code {noop}…} only in the
 *        {@code local} profile
 * @param cannedDir the folder of canned replies (定型文), {@code canned/} by default
 * @param pollInterval how often open console pages ask for updates
 * @param signIn how repeated sign-in attempts are slowed down and locked
 */
@Validated
@ConfigurationProperties("kyodo.console")
public record ConsoleProperties(@Valid List<Account> accounts, @NotNull @DefaultValue("canned") Path cannedDir,
		@NotNull @DefaultValue("PT5S") java.time.Duration pollInterval, @Valid @DefaultValue SignIn signIn) {

	public ConsoleProperties {
		accounts = accounts == null ? List.of() : List.copyOf(accounts);
	}

	/**
	 * Sign-in throttling, per account name and per client address, shared by all instances (see
	 * {@code SignInThrottle}).
	 *
	 * @param freeAttempts attempts on one account name without waiting
	 * @param firstDelay the wait after them; doubles with every further attempt up to {@code longestDelay}
	 * @param lockAfter attempts on one account name after which it is locked for {@code lock}
	 * @param lock how long a lock lasts; also how long attempts are remembered
	 * @param addressFreeAttempts, addressLockAfter the same counts for one client address (all account names)
	 * @param passwordChecks password hashes checked at the same time on one instance (BCrypt is CPU work; the rest
	 *        of the service, health included, keeps the other cores); 0: half the processors, at least one
	 */
	public record SignIn(@Min(1) @DefaultValue("5") int freeAttempts,
			@NotNull @DefaultValue("PT1S") java.time.Duration firstDelay,
			@NotNull @DefaultValue("PT1M") java.time.Duration longestDelay, @Min(1) @DefaultValue("10") int lockAfter,
			@NotNull @DefaultValue("PT15M") java.time.Duration lock, @Min(1) @DefaultValue("30") int addressFreeAttempts,
			@Min(1) @DefaultValue("200") int addressLockAfter, @Min(0) @DefaultValue("0") int passwordChecks) {

		public SignIn {
			if (passwordChecks == 0) {
				passwordChecks = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
			}
		}
	}

	public enum Role {
		CITY_COORDINATOR, CENTER_COORDINATOR, ADMIN
	}

	/**
	 * @param lineUserId the coordinator's LINE user id, for 「担当する」 in the coordinator group; optional
	 */
	public record Account(@NotBlank String username, @NotBlank String password, @NotNull Role role,
			String displayName, String lineUserId) {

		public String name() {
			return displayName == null || displayName.isBlank() ? username : displayName;
		}

		@Override
		public String toString() {
			return "Account[" + username + ", " + role + "]";
		}
	}
}
