package jp.chigasaki.kyodo.richmenu.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The font the menu pictures are drawn with: the configured file, or the first Japanese font Debian installs
 * ({@code fonts-noto-cjk}, else {@code fonts-ipafont-gothic}). A collection ({@code .ttc}) gives its Japanese face.
 */
public final class JapaneseFont {

	/** Tried in order when no font is configured. */
	public static final List<Path> DEBIAN_DEFAULTS = List.of(
			Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
			Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf"));

	private static final String SAMPLE = "協働とは市とできること担当者";

	private JapaneseFont() {
	}

	/**
	 * @param configured a font file, or null for {@link #DEBIAN_DEFAULTS}
	 * @throws IllegalStateException naming what was tried and how to fix it
	 */
	public static Font load(Path configured) {
		List<Path> candidates = configured != null ? List.of(configured) : DEBIAN_DEFAULTS;
		for (Path path : candidates) {
			if (Files.isRegularFile(path)) {
				return japaneseFace(path);
			}
		}
		throw new IllegalStateException(configured != null
				? "font file " + configured + " not found (kyodo.richmenu.font / --font)"
				: "no Japanese font found for the rich menu pictures (tried " + DEBIAN_DEFAULTS
						+ "): apt-get install fonts-noto-cjk, or set kyodo.richmenu.font (--font) to a .ttf/.otf/.ttc "
						+ "with Japanese glyphs");
	}

	private static Font japaneseFace(Path path) {
		try {
			Font[] faces = Font.createFonts(path.toFile());
			return Stream.of(faces)
				.filter(f -> f.getFamily().endsWith(" JP"))
				.findFirst()
				.or(() -> Stream.of(faces).filter(f -> f.canDisplayUpTo(SAMPLE) == -1).findFirst())
				.orElseThrow(() -> new IllegalStateException("font file " + path + " has no Japanese glyphs"));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("font file " + path + " cannot be read as a font ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
	}
}
