package jp.chigasaki.kyodo.richmenu.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Where the rich menu files are and which font draws their pictures ({@code kyodo.richmenu.*}). The running service
 * uses them only in the emulator; {@code richmenu deploy} takes the same values as options.
 *
 * @param dir the folder of the menu files
 * @param font a .ttf/.otf/.ttc with Japanese glyphs; unset: Debian's fonts-noto-cjk (or fonts-ipafont-gothic)
 */
@Validated
@ConfigurationProperties("kyodo.richmenu")
public record RichMenuProperties(@NotNull @DefaultValue("richmenu") Path dir, Path font) {
}
