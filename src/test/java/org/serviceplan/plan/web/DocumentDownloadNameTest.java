package org.serviceplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A downloaded plan keeps its Cyrillic name where the browser reads {@code filename*}, and a safe one elsewhere. */
class DocumentDownloadNameTest {

	@Test
	void cyrillicNameGoesInFilenameStarAndAPlainStandInInFilename() {
		assertThat(PlanDocumentController.contentDisposition("План 2027.pdf"))
			.isEqualTo("attachment; filename=\"plan.pdf\"; filename*=UTF-8''%D0%9F%D0%BB%D0%B0%D0%BD%202027.pdf");
	}

	@Test
	void quotesAndBackslashesNeverBreakTheHeader() {
		assertThat(PlanDocumentController.contentDisposition("Plan \"A\\B\" 2027.docx"))
			.isEqualTo("attachment; filename=\"Plan A B 2027.docx\"; filename*=UTF-8''Plan%20%22A%5CB%22%202027.docx");
	}
}
