package jp.chigasaki.kyodo.console;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/** Reloads {@code faq/} and {@code intents/} without a restart (ADMIN); invalid files: 400 listing file:line. */
@RestController
class KnowledgeApi {

	private final Knowledge knowledge;

	KnowledgeApi(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	@PostMapping("/api/knowledge/reload")
	Map<String, Object> reload() {
		KnowledgeBase base = knowledge.reload();
		return Map.of("reloaded", true, "summary", base.summary());
	}
}
