package org.serviceplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanMarkdownTest {

	@Test
	void rendersParagraphsAndLists() {
		assertThat(PlanMarkdown.html("Зачем план.\n\n- первое\n- второе\n\n1. шаг"))
			.contains("<p>Зачем план.</p>", "<ul>\n<li>первое</li>\n<li>второе</li>\n</ul>", "<ol>\n<li>шаг</li>");
	}

	@Test
	void escapesRawHtmlAndDropsScriptLinks() {
		String html = PlanMarkdown.html("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [ссылка](javascript:alert(1))");
		assertThat(html).doesNotContain("<script", "<img", "javascript:").contains("&lt;script&gt;");
	}

	@Test
	void noTextIsNoHtml() {
		assertThat(PlanMarkdown.html(null)).isEmpty();
		assertThat(PlanMarkdown.html("  ")).isEmpty();
	}
}
