package jp.chigasaki.kyodo.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Refuses a port that is taken before the context refreshes: otherwise the web server would fail only after the
 * local redis-server and every bean had started. Only for contexts that run a web server (not mock web tests).
 */
public final class PortCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!(context instanceof WebServerApplicationContext)) {
			return;
		}
		var environment = context.getEnvironment();
		int port = environment.getProperty("server.port", Integer.class, 8080);
		if (port <= 0) {
			return;
		}
		String address = environment.getProperty("server.address", "0.0.0.0");
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(address, port));
		}
		catch (IOException ex) {
			throw new StartupRefusedException(List.of("Port " + port + " is already in use (" + ex.getMessage() + ")."),
					"Stop whatever listens on port " + port + " (perhaps this service, started earlier), or start "
							+ "this one on another port: --server.port=" + (port + 1));
		}
	}
}
