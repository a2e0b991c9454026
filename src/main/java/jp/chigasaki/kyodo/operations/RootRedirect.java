package jp.chigasaki.kyodo.operations;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /} leads a person somewhere useful: the emulator in the local run, the console otherwise. */
@Controller
class RootRedirect {

	private final String target;

	RootRedirect(Environment environment) {
		this.target = environment.matchesProfiles("local") ? "/emulator" : "/console";
	}

	@GetMapping("/")
	String root() {
		return "redirect:" + target;
	}
}
