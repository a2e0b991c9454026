package jp.chigasaki.kyodo.richmenu.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import jp.chigasaki.kyodo.richmenu.RichMenu;

/** A PNG an editor supplies instead of the rendered picture: LINE takes PNG or JPEG of the menu's size, at most 1 MB. */
final class SuppliedImage {

	static final int MAX_BYTES = 1024 * 1024;

	private SuppliedImage() {
	}

	static void check(RichMenu menu, Problems problems) {
		Path image = menu.image();
		if (image == null) {
			return;
		}
		int line = menu.location().line();
		String name = image.getFileName().toString();
		if (!Files.isRegularFile(image)) {
			problems.add(line, "image '" + name + "' not found beside the menu file");
			return;
		}
		try {
			byte[] bytes = Files.readAllBytes(image);
			BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
			if (picture == null || !name.endsWith(".png")) {
				problems.add(line, "image '" + name + "' must be a PNG file");
			}
			else if (picture.getWidth() != menu.size().width() || picture.getHeight() != menu.size().height()) {
				problems.add(line, "image '%s' is %dx%d; size %s needs %dx%d".formatted(name, picture.getWidth(),
						picture.getHeight(), menu.size().name().toLowerCase(Locale.ROOT),
						menu.size().width(), menu.size().height()));
			}
			else if (bytes.length > MAX_BYTES) {
				problems.add(line, "image '" + name + "' is " + bytes.length + " bytes; LINE takes at most 1 MB");
			}
		}
		catch (IOException ex) {
			problems.add(line, "cannot read image '" + name + "' (" + ex.getClass().getSimpleName() + ")");
		}
	}
}
