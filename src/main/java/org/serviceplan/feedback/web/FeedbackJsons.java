package org.serviceplan.feedback.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.serviceplan.feedback.Comparison;
import org.serviceplan.feedback.Estimate;
import org.serviceplan.feedback.IngestReport;
import org.serviceplan.feedback.Interval;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricDefinition;
import org.serviceplan.feedback.MetricPoint;
import org.serviceplan.feedback.MetricResult;
import org.serviceplan.feedback.SignificanceTest;
import org.serviceplan.feedback.Variant;
import org.serviceplan.feedback.internal.series.NamedSeries;
import org.serviceplan.feedback.internal.target.Reading;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.TargetProgress;
import org.serviceplan.feedback.internal.target.TargetStatus;
import org.serviceplan.feedback.internal.customer.ChurnRate;
import org.serviceplan.feedback.internal.customer.Customers.CustomerEconomics;
import org.serviceplan.feedback.internal.customer.Ltv;

/** The JSON of the feedback API (api-contract.md "Feedback and metrics"; added fields are extra, never renamed). */
final class FeedbackJsons {

	private FeedbackJsons() {
	}

	record RejectionJson(long line, String field, String message) {
	}

	record IngestJson(long accepted, long duplicates, List<RejectionJson> rejected, long rejectedTotal,
			long rejectedNotListed) {

		static IngestJson of(IngestReport report) {
			return new IngestJson(report.accepted(), report.duplicates(),
					report.rejected().stream().map(r -> new RejectionJson(r.line(), r.field(), r.message())).toList(),
					report.rejectedTotal(), report.rejectedTotal() - report.rejected().size());
		}
	}

	record PointJson(String key, Double value, long n, double[] ci95, boolean smallSample) {

		static PointJson of(MetricPoint point) {
			return new PointJson(point.key(), point.value(), point.n(), array(point.ci95()), point.smallSample());
		}
	}

	record EstimateJson(Variant variant, Double value, long n, double[] ci95) {

		static EstimateJson of(Estimate estimate) {
			return new EstimateJson(estimate.variant(), estimate.value(), estimate.n(), array(estimate.ci95()));
		}
	}

	record MetricJson(Metric metric, Variant variant, Double value, long n, double[] ci95, boolean smallSample,
			Map<String, Long> breakdown, List<PointJson> series, List<EstimateJson> alongside, String definition) {

		static MetricJson of(UUID workspaceId, MetricResult result) {
			return new MetricJson(result.metric(), result.variant(), result.value(), result.n(), array(result.ci95()),
					result.smallSample(), result.breakdown(), result.series().stream().map(PointJson::of).toList(),
					result.alongside().stream().map(EstimateJson::of).toList(),
					MetricDefinition.of(result.metric()).link(workspaceId));
		}
	}

	record ComparisonJson(Metric metric, Variant variant, EstimateJson before, EstimateJson after, Double difference,
			double[] ci95, Double pValue, boolean significant, SignificanceTest test) {

		static ComparisonJson of(Comparison comparison) {
			return new ComparisonJson(comparison.variant().metric(), comparison.variant(),
					EstimateJson.of(comparison.before()), EstimateJson.of(comparison.after()), comparison.difference(),
					array(comparison.ci95()), comparison.pValue(), comparison.significant(), comparison.test());
		}
	}

	record ProgressJson(LocalDate from, LocalDate to, Double value, long n, double[] ci95, TargetStatus status,
			boolean certain) {
	}

	record TargetJson(UUID id, String metric, org.serviceplan.feedback.internal.target.Comparison comparison,
			BigDecimal value, LocalDate dueDate, UUID touchpointId, String segment, long version,
			ProgressJson progress) {

		static TargetJson of(TargetProgress p) {
			TargetDetails t = p.target();
			Reading r = p.reading();
			double[] ci95 = r.low() == null || r.high() == null ? null : new double[] { r.low(), r.high() };
			return new TargetJson(p.id(), t.metric(), t.comparison(), t.value(), t.dueDate(), t.touchpointId(),
					t.segment(), p.version(),
					new ProgressJson(p.from(), p.to(), r.value(), r.n(), ci95, p.status(), p.certain()));
		}
	}

	record SeriesSummaryJson(UUID id, String name, String department, UUID touchpointId, String unit, int points,
			LocalDate firstDay, LocalDate lastDay) {

		static SeriesSummaryJson of(NamedSeries.Series s) {
			return new SeriesSummaryJson(s.id(), s.name(), s.department(), s.touchpointId(), s.unit(),
					s.points().size(), s.points().isEmpty() ? null : s.points().get(0).day(),
					s.points().isEmpty() ? null : s.points().get(s.points().size() - 1).day());
		}
	}

	record SeriesPointJson(LocalDate date, BigDecimal value) {
	}

	record SeriesJson(UUID id, String name, String department, UUID touchpointId, String unit,
			List<SeriesPointJson> points) {

		static SeriesJson of(NamedSeries.Series s) {
			return new SeriesJson(s.id(), s.name(), s.department(), s.touchpointId(), s.unit(),
					s.points().stream().map(p -> new SeriesPointJson(p.day(), p.value())).toList());
		}
	}

	record SeriesImportJson(long accepted, List<RejectionJson> rejected) {
	}

	/** What a customer table import stored, or (then nothing) the lines it refused. */
	record CustomerImportJson(int accepted, List<RejectionJson> rejected) {
	}

	record ChurnJson(LocalDate start, @Schema(description = "The day after the month") LocalDate end, int atStart,
			int lost, @Schema(description = "lost ÷ atStart × 100; null without customers at the start") Double percent) {

		static ChurnJson of(ChurnRate churn) {
			return new ChurnJson(churn.start(), churn.end(), churn.atStart(), churn.lost(), churn.percent());
		}
	}

	@Schema(description = "value = revenuePerCustomerMonth × grossMarginPercent ÷ 100 × lifetimeMonths")
	record LtvJson(BigDecimal value, BigDecimal revenue, long customerMonths, BigDecimal revenuePerCustomerMonth,
			BigDecimal grossMarginPercent, int churnLost, int churnAtStart, Double churnPercent,
			@Schema(description = "churnAtStart ÷ churnLost; null when nobody left") Double lifetimeMonths) {

		static LtvJson of(Ltv ltv) {
			return new LtvJson(ltv.value(), ltv.revenue(), ltv.customerMonths(), ltv.revenuePerCustomerMonth(),
					ltv.grossMarginPercent(), ltv.churnLost(), ltv.churnAtStart(), ltv.churnPercent(),
					ltv.lifetimeMonths());
		}
	}

	record CustomerEconomicsJson(LocalDate from, LocalDate to, String segment, int customers,
			BigDecimal grossMarginPercent, int inactivityDays,
			@Schema(description = "false while the margin and inactivity are the defaults") boolean economicsStated,
			List<ChurnJson> churn, LtvJson ltv) {

		static CustomerEconomicsJson of(YearMonth first, YearMonth last, String segment, CustomerEconomics figures) {
			return new CustomerEconomicsJson(first.atDay(1), last.atEndOfMonth(),
					segment == null || segment.isBlank() ? null : segment.strip(), figures.customers(),
					figures.economics().grossMargin(), figures.economics().inactivityDays(),
					figures.economics().stated(), figures.churn().stream().map(ChurnJson::of).toList(),
					LtvJson.of(figures.ltv()));
		}
	}

	static double[] array(Interval interval) {
		return interval == null ? null : interval.asArray();
	}
}
