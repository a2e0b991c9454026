package jp.chigasaki.kyodo.emulator.internal;

import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The emulator page: its chats, rendered by {@code static/emulator/emulator.js}. */
@Controller
@Profile("local")
class EmulatorPage {

	@GetMapping("/emulator")
	String page(Model model) {
		// Plain maps: the template engine cannot call methods of package-private types.
		model.addAttribute("chats", Stream.of(EmulatorChat.values())
			.map(chat -> Map.of("key", chat.key(), "title", chat.title(), "group", chat.isGroup(), "speakers",
					chat.speakers().stream().map(p -> Map.of("userId", p.userId(), "name", p.displayName())).toList()))
			.toList());
		model.addAttribute("botName", Persona.BOT.displayName());
		model.addAttribute("mention", WebhookEvents.MENTION);
		return "emulator/index";
	}
}
