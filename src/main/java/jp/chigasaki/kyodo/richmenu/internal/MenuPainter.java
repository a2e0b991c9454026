package jp.chigasaki.kyodo.richmenu.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import jp.chigasaki.kyodo.richmenu.RichMenu;
import jp.chigasaki.kyodo.richmenu.RichMenu.Area;

/**
 * Draws a menu's picture from its file: a tab bar with the current tab highlighted, then one rounded card per area
 * with its label (wrapped to at most three lines, shrunk to fit) and its note. Plain colours keep the PNG far under
 * LINE's 1 MB.
 */
public final class MenuPainter {

	private static final Color BACKGROUND = new Color(0xF4F5F0);
	private static final Color INK = new Color(0x1F2937);
	private static final Color MUTED = new Color(0x4B5563);
	private static final Color TAB_IDLE = new Color(0xE5E7EB);
	private static final int INSET = 16;
	private static final int MAX_LINES = 3;

	private final Font font;

	public MenuPainter(Font font) {
		this.font = font;
	}

	/** The PNG bytes; at most 1 MB, or {@link IllegalStateException}. */
	public byte[] png(RichMenu menu) {
		BufferedImage image = new BufferedImage(menu.size().width(), menu.size().height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			Palette palette = Palette.of(menu.shows() == RichMenu.Shows.STAFF);
			int index = 0;
			for (Area area : menu.areas()) {
				if (area.tab()) {
					tab(g, area, isCurrent(menu, area), palette);
				}
				else {
					card(g, area, palette.card(index++));
				}
			}
		}
		finally {
			g.dispose();
		}
		return encode(image);
	}

	private static boolean isCurrent(RichMenu menu, Area area) {
		return area.action() instanceof RichMenu.Action.Switch tab && tab.menuId().equals(menu.id());
	}

	private void tab(Graphics2D g, Area area, boolean current, Palette palette) {
		RichMenu.Bounds b = area.bounds();
		g.setColor(current ? palette.accent() : TAB_IDLE);
		g.fillRect(b.x(), b.y(), b.width(), b.height());
		g.setColor(current ? Color.WHITE : MUTED);
		g.setStroke(new BasicStroke(4));
		g.drawLine(b.x(), b.y() + b.height() - 2, b.x() + b.width(), b.y() + b.height() - 2);
		text(g, area.label(), null, b, current ? Color.WHITE : INK);
	}

	private void card(Graphics2D g, Area area, Color fill) {
		RichMenu.Bounds b = area.bounds();
		var shape = new RoundRectangle2D.Float(b.x() + INSET, b.y() + INSET, b.width() - 2 * INSET,
				b.height() - 2 * INSET, 48, 48);
		g.setColor(fill);
		g.fill(shape);
		text(g, area.label(), area.note(), b, INK);
	}

	/** The label and its note, centred in the cell. */
	private void text(Graphics2D g, String label, String note, RichMenu.Bounds b, Color ink) {
		int width = b.width() - 6 * INSET;
		Fit fit = fit(g, label, note, width, b.height() - 4 * INSET);
		FontMetrics big = g.getFontMetrics(fit.face());
		Font small = fitted(g, note, width, Math.max(28, fit.face().getSize2D() * 0.55f));
		FontMetrics little = g.getFontMetrics(small);
		int total = big.getHeight() * fit.lines().size() + (note == null ? 0 : little.getHeight() + INSET);
		int y = b.y() + (b.height() - total) / 2;
		g.setColor(ink);
		g.setFont(fit.face());
		for (String line : fit.lines()) {
			g.drawString(line, b.x() + (b.width() - big.stringWidth(line)) / 2, y + big.getAscent());
			y += big.getHeight();
		}
		if (note != null) {
			g.setColor(MUTED);
			g.setFont(small);
			g.drawString(note, b.x() + (b.width() - little.stringWidth(note)) / 2, y + INSET + little.getAscent());
		}
	}

	/**
	 * The label as large as fits: on one line if that keeps at least two thirds of the largest size, else wrapped to
	 * at most three lines.
	 */
	private Fit fit(Graphics2D g, String label, String note, int width, int height) {
		float largest = Math.min(120, height * (note == null ? 0.45f : 0.30f));
		float size = largest;
		Font face = font.deriveFont(size);
		List<String> lines = LabelLines.wrap(label, g.getFontMetrics(face), width);
		while (size > 28 && (lines.size() > 1 && size > largest * 2 / 3 || lines.size() > MAX_LINES
				|| linesHeight(g, face, lines.size(), note) > height)) {
			size -= 4;
			face = font.deriveFont(size);
			lines = LabelLines.wrap(label, g.getFontMetrics(face), width);
		}
		return new Fit(face, lines);
	}

	private record Fit(Font face, List<String> lines) {
	}

	private Font fitted(Graphics2D g, String note, int width, float size) {
		Font face = font.deriveFont(size);
		while (note != null && size > 20 && g.getFontMetrics(face).stringWidth(note) > width) {
			size -= 2;
			face = font.deriveFont(size);
		}
		return face;
	}

	private int linesHeight(Graphics2D g, Font face, int lines, String note) {
		int line = g.getFontMetrics(face).getHeight();
		return line * lines + (note == null ? 0 : line / 2 + INSET);
	}

	private static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (out.size() > SuppliedImage.MAX_BYTES) {
			throw new IllegalStateException("the rendered picture is " + out.size() + " bytes; LINE takes at most 1 MB");
		}
		return out.toByteArray();
	}

	private record Palette(Color accent, List<Color> cards) {

		static Palette of(boolean staff) {
			return staff
					? new Palette(new Color(0x1E5AA8), List.of(new Color(0xDCEAFB), new Color(0xE8F1FC)))
					: new Palette(new Color(0x06C755), List.of(new Color(0xDDF5E5), new Color(0xFFF1D6)));
		}

		Color card(int index) {
			return cards.get(index % cards.size());
		}
	}
}
