package jp.chigasaki.kyodo.console;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The coordinator console ({@code kyodo.console.*}).
 *
 * @param accounts who may sign in; passwords as a BCrypt hash ({@code {bcrypt}$2a$…}), {@code {noop}…} only in the
 *        {@code local} profile
 * @param cannedDir the folder of canned replies (定型文), {@code canned/} by default
 * @param pollInterval how often open console pages ask for updates
 */
@Validated
@ConfigurationProperties("kyodo.console")
public record ConsoleProperties(@Valid List<Account> accounts, @NotNull @DefaultValue("canned") Path cannedDir,
		@NotNull @DefaultValue("PT5S") java.time.Duration pollInterval) {

	public ConsoleProperties {
		accounts = accounts == null ? List.of() : List.copyOf(accounts);
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
