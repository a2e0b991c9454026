package jp.chigasaki.kyodo.line;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.linecorp.bot.parser.SignatureValidator;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /callback}, the LINE webhook. In this order: the body is read up to {@code kyodo.line.max-body-bytes}
 * (413 beyond, before any HMAC work), the signature is checked over the raw bytes (400 when missing or wrong), the
 * body is split into its events (400 when it is not a webhook body), every event is appended to the durable inbox in
 * one round trip (503 when Redis does not answer or the backlog is full, so that LINE redelivers), and 200 goes back.
 * The events run afterwards, on whichever instance reads their partition.
 */
@RestController
class CallbackController {

	static final String SIGNATURE_HEADER = "x-line-signature";

	private static final Logger log = LoggerFactory.getLogger(CallbackController.class);

	private final SignatureValidator signatures;
	private final boolean checkSignatures;
	private final JsonMapper json;
	private final WebhookInbox inbox;
	private final int maxBodyBytes;

	CallbackController(SignatureValidator signatures, JsonMapper json, WebhookInbox inbox, LineProperties properties) {
		this.signatures = signatures;
		this.checkSignatures = properties.signatureCheck();
		this.json = json;
		this.inbox = inbox;
		this.maxBodyBytes = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxBodyBytes().toBytes());
	}

	@PostMapping("/callback")
	ResponseEntity<Void> callback(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
			HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBodyBytes) {
			return status(HttpStatus.CONTENT_TOO_LARGE, "body over the limit");
		}
		byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
		if (body == null) {
			return status(HttpStatus.CONTENT_TOO_LARGE, "body over the limit");
		}
		if (checkSignatures && !validSignature(body, signature)) {
			return status(HttpStatus.BAD_REQUEST, "signature refused");
		}
		List<WebhookBody.RawEvent> events;
		try {
			events = WebhookBody.events(json, body);
		}
		catch (WebhookBody.Malformed ex) {
			return status(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		try {
			inbox.accept(events);
		}
		catch (WebhookInbox.Unavailable ex) {
			log.warn("Webhook answered 503 ({}): LINE will redeliver", ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		return ResponseEntity.ok().build();
	}

	private boolean validSignature(byte[] body, String signature) {
		if (signature == null || signature.isEmpty()) {
			return false;
		}
		try {
			return signatures.validateSignature(body, signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
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
