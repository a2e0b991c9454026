package jp.chigasaki.kyodo.richmenu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;
import jp.chigasaki.kyodo.richmenu.RichMenu.Action;
import jp.chigasaki.kyodo.richmenu.RichMenu.Area;

/** Loading, checking and drawing the rich menu files, on the real folders and on broken copies. */
class RichMenusTests {

	private static KnowledgeBase knowledge;

	@TempDir
	Path dir;

	@BeforeAll
	static void loadKnowledge() {
		knowledge = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
	}

	@Test
	void theRealFolderHasADefaultMenuAStaffMenuAndEveryMenuItemOnATab() {
		RichMenus menus = RichMenus.load(Path.of("richmenu"), knowledge, null);

		assertThat(menus.everyone().id()).isEqualTo("member");
		assertThat(menus.staff()).map(RichMenu::id).hasValue("staff");
		List<String> tabbed = menus.byId("member-possible").orElseThrow().areas().stream()
			.map(Area::action)
			.filter(Action.Postback.class::isInstance)
			.map(a -> ((Action.Postback) a).data().substring("dlg:faq=".length()))
			.toList();
		assertThat(tabbed).containsExactlyInAnyOrderElementsOf(
				knowledge.menu().stream().map(jp.chigasaki.kyodo.knowledge.MenuItem::id).toList());
	}

	@Test
	void areasFillTheGridBelowTheTabBarWithoutGapsOrOverlaps() {
		RichMenu member = RichMenus.load(Path.of("richmenu"), knowledge, null).everyone();

		assertThat(member.areas()).hasSize(11);
		assertThat(member.areas().get(0)).satisfies(tab -> {
			assertThat(tab.tab()).isTrue();
			assertThat(tab.bounds()).isEqualTo(new RichMenu.Bounds(0, 0, 1250, 220));
			assertThat(tab.action()).isEqualTo(new Action.Switch("member", "richmenu:tab=member"));
		});
		assertThat(member.areas().get(1).label()).isEqualTo("できること");
		assertThat(member.areas().get(2).bounds()).isEqualTo(new RichMenu.Bounds(0, 220, 833, 488));
		assertThat(member.areas().get(10).bounds()).isEqualTo(new RichMenu.Bounds(1666, 1196, 834, 490));
		long pixels = member.areas().stream().mapToLong(a -> (long) a.bounds().width() * a.bounds().height()).sum();
		assertThat(pixels).isEqualTo(2500L * 1686);
	}

	@Test
	void anAreaAddedToAFileIsLaidOutInANewRow() throws IOException {
		Path staff = copyOfRealFolder().resolve("staff.yaml");
		Files.writeString(staff, Files.readString(staff) + """
				  - label: イベント・交流会
				    message: イベント
				""");

		RichMenu menu = RichMenus.load(dir, knowledge, null).staff().orElseThrow();

		assertThat(menu.areas()).hasSize(7);
		assertThat(menu.areas().get(6).bounds()).isEqualTo(new RichMenu.Bounds(0, 1124, 833, 562));
		assertThat(menu.areas().get(6).action()).isEqualTo(new Action.Message("イベント"));
	}

	@Test
	void brokenFilesAreReportedWithFileAndLine() throws IOException {
		copyOfRealFolder();
		Files.writeString(dir.resolve("staff.yaml"), """
				title: 職員メニュー
				shows: staff
				chatBarText: 職員のためのメニューはこちらです
				size: huge
				columns: 3
				colour: blue
				areas:
				  - label: 研修
				    postback: dlg:faq=no-such-entry
				  - label: 二つ
				    message: メニュー
				    postback: dlg:menu
				  - label: 意見
				    postback: dlg:feedback=up
				  - label: 登録
				    message: メニュー
				    displayText: 表示
				""", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> RichMenus.load(dir, knowledge, null)).isInstanceOfSatisfying(KnowledgeException.class,
				ex -> assertThat(ex.problems()).map(KnowledgeProblem::toString).containsExactly(
						"richmenu/staff.yaml:6: unknown key 'colour' in menu 'staff' (allowed: areas, chatBarText, "
								+ "columns, image, shows, size, tabs, title)",
						"richmenu/staff.yaml:3: 'chatBarText' in menu 'staff' is longer than 14 characters",
						"richmenu/staff.yaml:4: 'size' in menu 'staff' must be one of large, compact, found 'huge'",
						"richmenu/staff.yaml:10: an area needs exactly one of 'message' and 'postback'",
						"richmenu/staff.yaml:17: 'displayText' belongs to a postback area",
						"richmenu/staff.yaml:9: unknown FAQ entry or できることメニュー item 'no-such-entry'",
						"richmenu/staff.yaml:14: unknown dialogue action 'feedback' (allowed on a menu: ask, faq, "
								+ "human, menu, possible)"));
	}

	@Test
	void aStaffOnlyAnswerOnTheMembersMenuAndBrokenTabsAreRefused() throws IOException {
		Path member = copyOfRealFolder().resolve("member.yaml");
		Files.writeString(member, Files.readString(member)
			.replace("dlg:faq=genki-kikin-about", "dlg:faq=staff-training")
			.replace("tabs: [member, member-possible]", "tabs: [member, members-possible]"));

		assertThatThrownBy(() -> RichMenus.load(dir, knowledge, null)).isInstanceOfSatisfying(KnowledgeException.class,
				ex -> assertThat(ex.problems()).map(KnowledgeProblem::toString).contains(
						"richmenu/member.yaml:2: unknown menu 'members-possible' in 'tabs' (a file "
								+ "members-possible.yaml in this folder)",
						"richmenu/member.yaml:22: FAQ entry 'staff-training' is for staff only, but this menu is "
								+ "shown to members",
						"richmenu/member-possible.yaml:2: menu 'member' in 'tabs' must list the same tabs "
								+ "[member, member-possible]"));
	}

	@Test
	void thePicturesAreDrawnInLinesSizesWithAJapaneseFontAndStayUnderOneMegabyte() throws IOException {
		RichMenus menus = RichMenus.load(Path.of("richmenu"), knowledge, null);
		for (RichMenu menu : menus.all()) {
			byte[] png = menus.image(menu);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getWidth()).isEqualTo(2500);
			assertThat(image.getHeight()).isEqualTo(1686);
			assertThat(png.length).isLessThan(1024 * 1024);
			Files.createDirectories(Path.of("target/richmenu"));
			Files.write(Path.of("target/richmenu/" + menu.id() + ".png"), png);
		}
	}

	@Test
	void aMissingFontFailsWithTheWayToFixIt() {
		RichMenus menus = RichMenus.load(Path.of("richmenu"), knowledge, dir.resolve("none.ttc"));

		assertThatThrownBy(() -> menus.image(menus.everyone())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("none.ttc not found (kyodo.richmenu.font / --font)");
	}

	@Test
	void aSuppliedPictureReplacesTheDrawnOneOnlyInTheRightSize() throws IOException {
		Path member = copyOfRealFolder().resolve("member.yaml");
		Files.writeString(member, Files.readString(member).replace("size: large", "size: large\nimage: member.png"));
		ImageIO.write(new BufferedImage(2500, 843, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("member.png").toFile());

		assertThatThrownBy(() -> RichMenus.load(dir, knowledge, null)).isInstanceOfSatisfying(KnowledgeException.class,
				ex -> assertThat(ex.problems()).map(KnowledgeProblem::toString)
					.containsExactly("richmenu/member.yaml:2: image 'member.png' is 2500x843; size large needs 2500x1686"));

		ImageIO.write(new BufferedImage(2500, 1686, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("member.png").toFile());
		RichMenus menus = RichMenus.load(dir, knowledge, null);
		assertThat(menus.image(menus.everyone())).isEqualTo(Files.readAllBytes(dir.resolve("member.png")));
	}

	/** A copy named {@code richmenu/} so that messages read as in the real folder. */
	private Path copyOfRealFolder() throws IOException {
		dir = dir.resolve("richmenu");
		Files.createDirectories(dir);
		try (var files = Files.list(Path.of("richmenu"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
		return dir;
	}
}
