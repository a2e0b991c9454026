package jp.chigasaki.kyodo.line;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /callback}, the LINE webhook. In this order: the body is read up to {@code kyodo.line.max-body-bytes}
 * (413 beyond, before any HMAC work), the signature is checked over the raw bytes and the JSON parsed (400 for a
 * missing, malformed or wrong signature and for bad JSON, with nothing processed), the events are claimed and queued
 * (503 when Redis or the workers cannot take them, so that LINE redelivers), and 200 goes back at once. The events
 * run afterwards, on the workers.
 */
@RestController
class CallbackController {

	private static final Logger log = LoggerFactory.getLogger(CallbackController.class);

	private final WebhookParser parser;
	private final WebhookInbox inbox;
	private final int maxBodyBytes;

	CallbackController(WebhookParser parser, WebhookInbox inbox, LineProperties properties) {
		this.parser = parser;
		this.inbox = inbox;
		this.maxBodyBytes = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxBodyBytes().toBytes());
	}

	@PostMapping("/callback")
	ResponseEntity<Void> callback(@RequestHeader(name = WebhookParser.SIGNATURE_HEADER_NAME, required = false) String signature,
			HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBodyBytes) {
			return status(HttpStatus.CONTENT_TOO_LARGE, "body over the limit");
		}
		byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
		if (body == null) {
			return status(HttpStatus.CONTENT_TOO_LARGE, "body over the limit");
		}
		CallbackRequest callback;
		try {
			callback = parser.handle(signature, body);
		}
		catch (WebhookParseException | IllegalArgumentException ex) {
			return status(HttpStatus.BAD_REQUEST, "signature refused");
		}
		catch (IOException ex) {
			return status(HttpStatus.BAD_REQUEST, "malformed JSON");
		}
		try {
			inbox.accept(callback.events());
		}
		catch (EventDeduplicator.RedisUnavailableException | WebhookInbox.Unavailable ex) {
			log.warn("Webhook answered 503 ({}): LINE will redeliver", ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		return ResponseEntity.ok().build();
	}

	/** @return the body, or null when it is longer than {@code limit} (also when chunked, without a length) */
	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		byte[] body = in.readNBytes(limit + 1);
		return body.length > limit ? null : body;
	}

	private static ResponseEntity<Void> status(HttpStatus status, String reason) {
		log.info("Webhook refused with {}: {}", status.value(), reason);
		return ResponseEntity.status(status).build();
	}
}
