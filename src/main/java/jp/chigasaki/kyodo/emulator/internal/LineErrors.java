package jp.chigasaki.kyodo.emulator.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Error responses in the Messaging API's shape: {@code {"message": …, "details": [{"message", "property"}]}}. */
final class LineErrors {

	private final JsonMapper json;

	LineErrors(JsonMapper json) {
		this.json = json;
	}

	ResponseEntity<JsonNode> unauthorized() {
		return respond(HttpStatus.UNAUTHORIZED,
				"Authentication failed. Confirm that the access token in the authorization field is valid.", List.of());
	}

	ResponseEntity<JsonNode> respond(HttpStatus status, String message, List<LineMessageRules.Problem> details) {
		ObjectNode body = json.createObjectNode().put("message", message);
		if (!details.isEmpty()) {
			ArrayNode array = body.putArray("details");
			details.forEach(p -> array.addObject().put("message", p.message()).put("property", p.property()));
		}
		return ResponseEntity.status(status).body(body);
	}
}
