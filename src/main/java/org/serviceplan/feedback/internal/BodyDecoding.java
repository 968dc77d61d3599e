package org.serviceplan.feedback.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text from a request body without garbling Cyrillic: a byte-order mark decides; otherwise a charset the sender
 * names; otherwise the first 64 KB are tried as UTF-8, and text that is not valid UTF-8 is Windows-1251 — what
 * Russian Excel saves "CSV" in.
 */
final class BodyDecoding {

	static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
	private static final int SNIFF = 64 * 1024;

	private BodyDecoding() {
	}

	static Reader reader(InputStream body, Charset declared) throws IOException {
		BufferedInputStream in = new BufferedInputStream(body, SNIFF);
		in.mark(SNIFF);
		byte[] head = in.readNBytes(SNIFF);
		in.reset();
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			in.skipNBytes(3);
			return decoder(in, StandardCharsets.UTF_8);
		}
		if (declared != null) {
			return decoder(in, declared);
		}
		return decoder(in, isUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8 : WINDOWS_1251);
	}

	/** Whether the bytes are UTF-8; a sequence cut by the end of a sniffed prefix does not count against it. */
	static boolean isUtf8(byte[] bytes, boolean prefix) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, !prefix);
		if (result.isError()) {
			return false;
		}
		return prefix || !decoder.flush(out).isError();
	}

	private static Reader decoder(InputStream in, Charset charset) {
		// replacement characters rather than an exception mid-file: a broken byte costs a field, not the upload
		return new InputStreamReader(in, charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE));
	}
}
