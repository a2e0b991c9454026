package jp.chigasaki.kyodo.richmenu.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;

/** The clients and the LINE ids of the menus while a deployment's steps run one after the other. */
public final class Run {

	private final MessagingApiClient api;
	private final MessagingApiBlobClient blob;
	private final Map<String, String> ids = new HashMap<>();

	public Run(MessagingApiClient api, MessagingApiBlobClient blob) {
		this.api = api;
		this.blob = blob;
	}

	MessagingApiClient api() {
		return api;
	}

	MessagingApiBlobClient blob() {
		return blob;
	}

	void created(String menuId, String richMenuId) {
		ids.put(menuId, richMenuId);
	}

	String id(String menuId) {
		return ids.get(menuId);
	}

	/** The response body; a refused call stops the deployment with LINE's answer. */
	public <T> T await(CompletableFuture<Result<T>> call) {
		try {
			return call.get().body();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("LINE refused the call: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}
}
