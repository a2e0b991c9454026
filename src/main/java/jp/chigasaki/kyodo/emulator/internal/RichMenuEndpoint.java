package jp.chigasaki.kyodo.emulator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jp.chigasaki.kyodo.richmenu.RichMenu;
import jp.chigasaki.kyodo.richmenu.RichMenu.Action;
import jp.chigasaki.kyodo.richmenu.RichMenus;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rich menu under the emulator's chat, as LINE would show it: the staff menu to a user listed in
 * {@code kyodo.line.staff-user-ids}, the default menu to everyone else, none in a group (LINE shows rich menus in
 * one-to-one chats only). Message and postback taps go through the page's ordinary events endpoint; a tab switch is
 * sent here, because LINE answers it with a postback whose {@code params} name the new alias.
 */
@RestController
@Profile("local")
class RichMenuEndpoint {

	private final RichMenus menus;
	private final Set<String> staffUserIds;
	private final ChatLog chats;
	private final WebhookEvents events;
	private final WebhookSender sender;

	RichMenuEndpoint(RichMenus menus, Environment environment, ChatLog chats, WebhookEvents events,
			WebhookSender sender) {
		this.menus = menus;
		this.staffUserIds = Binder.get(environment)
			.bind("kyodo.line.staff-user-ids", Bindable.setOf(String.class))
			.orElse(Set.of());
		this.chats = chats;
		this.events = events;
		this.sender = sender;
	}

	@GetMapping(path = "/emulator/api/chats/{chat}/richmenu", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> forChat(@PathVariable String chat) {
		EmulatorChat target = chat(chat);
		if (target.isGroup()) {
			return ResponseEntity.noContent().build();
		}
		boolean staff = staffUserIds.contains(target.speakers().get(0).userId());
		RichMenu menu = staff ? menus.staff().orElse(menus.everyone()) : menus.everyone();
		return ResponseEntity.ok(json(menu));
	}

	@GetMapping(path = "/emulator/api/richmenus/{id}/image", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> image(@PathVariable String id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(menus.image(menu(id)));
	}

	/** A tab tap: LINE switches the menu on the phone and sends {@code postback.params.newRichMenuAliasId}. */
	@PostMapping(path = "/emulator/api/chats/{chat}/richmenu/switch", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> switchTab(@PathVariable String chat, @RequestBody Map<String, String> tap) {
		EmulatorChat target = chat(chat);
		RichMenu menu = menu(tap.getOrDefault("menuId", ""));
		Action.Switch tab = menu.areas().stream().map(RichMenu.Area::action)
			.filter(Action.Switch.class::isInstance).map(Action.Switch.class::cast)
			.filter(s -> s.menuId().equals(menu.id())).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		Persona speaker = target.speakers().get(0);
		ObjectNode event = events.postback(target, speaker, tab.data(), chats.issueReplyToken(target.chatId()));
		((ObjectNode) event.get("postback")).putObject("params").put("newRichMenuAliasId", tab.aliasId())
			.put("status", "SUCCESS");
		int status = sender.send(events.body(List.of(event)));
		Map<String, Object> answer = json(menu);
		answer.put("status", status);
		return answer;
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail noPicture(IllegalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

	private RichMenu menu(String id) {
		return menus.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static EmulatorChat chat(String key) {
		return EmulatorChat.byKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The menu as the page draws it: the picture, and each area in pixels with the action LINE would take. */
	private static Map<String, Object> json(RichMenu menu) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", menu.id());
		json.put("title", menu.title());
		json.put("chatBarText", menu.chatBarText());
		json.put("width", menu.size().width());
		json.put("height", menu.size().height());
		json.put("image", "/emulator/api/richmenus/" + menu.id() + "/image");
		json.put("areas", menu.areas().stream().map(RichMenuEndpoint::area).toList());
		return json;
	}

	private static Map<String, Object> area(RichMenu.Area area) {
		RichMenu.Bounds b = area.bounds();
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("label", area.label());
		if (area.action() instanceof Action.Message message) {
			action.put("type", "message");
			action.put("text", message.text());
		}
		else if (area.action() instanceof Action.Postback postback) {
			action.put("type", "postback");
			action.put("data", postback.data());
			action.put("displayText", postback.displayText());
		}
		else if (area.action() instanceof Action.Switch tab) {
			action.put("type", "richmenuswitch");
			action.put("richMenuAliasId", tab.aliasId());
			action.put("menuId", tab.menuId());
		}
		return Map.of("x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(), "action", action);
	}
}
