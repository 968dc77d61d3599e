package org.serviceplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's LibreOffice as an outside reader of our DOCX and XLSX files: what a user's office suite makes of
 * them, not what our own library thinks it wrote. Register with {@code @RegisterExtension static}; where
 * LibreOffice is missing the class is skipped (see {@link Prerequisite}), with {@code CI=true} it fails.
 */
public final class LibreOffice implements ExecutionCondition {

	private static final Path BINARY = Path.of("/usr/bin/soffice");
	private static final Path HOME = Path.of("target", "libreoffice");
	private static final Prerequisite INSTALLED = new Prerequisite("LibreOffice", LibreOffice::missing);

	/**
	 * Converts the file to {@code format} ("pdf", "csv", "txt:Text") in a fresh profile and returns the result;
	 * fails when LibreOffice cannot open the file.
	 */
	public Path convert(Path file, String format) {
		try {
			Path out = Files.createTempDirectory(Files.createDirectories(HOME), "out-");
			Path profile = Files.createTempDirectory(HOME, "profile-");
			Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--norestore",
					"-env:UserInstallation=" + profile.toAbsolutePath().toUri(), "--convert-to", format, "--outdir",
					out.toAbsolutePath().toString(), file.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.redirectOutput(HOME.resolve("soffice.log").toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("LibreOffice did not convert " + file + " within two minutes");
			}
			String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
			String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "." + extension;
			Path converted = out.resolve(name);
			if (process.exitValue() != 0 || !Files.exists(converted)) {
				throw new AssertionError("LibreOffice could not open " + file + ": "
						+ Files.readString(HOME.resolve("soffice.log")));
			}
			return converted;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return INSTALLED.evaluate();
	}

	private static Optional<String> missing() {
		return Files.isExecutable(BINARY) ? Optional.empty()
				: Optional.of(BINARY + " not installed (apt-get install --no-install-recommends "
						+ String.join(" ", List.of("libreoffice-writer", "libreoffice-calc")) + ")");
	}
}
