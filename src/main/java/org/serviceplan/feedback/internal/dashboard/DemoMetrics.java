package org.serviceplan.feedback.internal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.account.Accounts;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.IngestReport;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.MetricQuery;
import org.serviceplan.feedback.NewAnswer;
import org.serviceplan.feedback.internal.customer.CustomerRow;
import org.serviceplan.feedback.internal.customer.Customers;
import org.serviceplan.feedback.internal.series.NamedSeries;
import org.serviceplan.feedback.internal.series.SeriesValue;
import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.journey.JourneyMaps;
import org.serviceplan.journey.MapView;
import org.serviceplan.journey.TouchpointCard;
import org.serviceplan.plan.PlanCalendar;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a year of the clinic's customer feedback: NPS, CSAT and CES answers at every touchpoint of the
 * demo journey (a few thousand, from a fixed random seed, comments in Russian), where the reception desk's scores
 * sag in the months before the plan's "train the administrators" task is due and recover after it; a target
 * "NPS ≥ 50 by 31.12", a customer table with the economics for churn and LTV, and two contact-centre series.
 * Answers go through {@link Feedback#ingest}, so the roll-ups are what real answers would make. Loaded once, when
 * the clinic has no answers yet; after the journey and the plan (which load when the application is ready).
 */
@Component
class DemoMetrics {

	static final String CLINIC = "Клиника «Здоровье»";
	static final String JOURNEY = "Визит пациента в клинику";
	/** The demo plan's task whose due date the reception's dip turns at. */
	static final String TRAINING_TASK = "Обучить администраторов стандарту приёма пациента";
	static final long SEED = 20261202L;
	/** Touchpoints at the reception desk: the ones the training is about. */
	static final Set<String> RECEPTION = Set.of("Установление визуального контакта", "Приветствие",
			"Идентификация пациента", "Заполнение обязательных документов", "Ожидание приёма");
	static final List<String> SEGMENTS = List.of("Первичные пациенты", "Постоянные пациенты", "Корпоративные клиенты");

	private static final Logger log = LoggerFactory.getLogger(DemoMetrics.class);

	private final boolean demo;
	private final Accounts accounts;
	private final Workspaces workspaces;
	private final JourneyMaps journeys;
	private final PlanCalendar plans;
	private final Feedback feedback;
	private final Targets targets;
	private final Customers customers;
	private final NamedSeries series;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DemoMetrics(@Value("${serviceplan.demo:false}") boolean demo, Accounts accounts, Workspaces workspaces,
			JourneyMaps journeys, PlanCalendar plans, Feedback feedback, Targets targets, Customers customers,
			NamedSeries series, PlatformTransactionManager transactions, Clock clock) {
		this.demo = demo;
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.journeys = journeys;
		this.plans = plans;
		this.feedback = feedback;
		this.targets = targets;
		this.customers = customers;
		this.series = series;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// Readiness is published right after every ApplicationReadyEvent listener ran, so the demo journey and plan
	// (loaded on ApplicationReadyEvent) exist by now.
	@EventListener
	void load(AvailabilityChangeEvent<ReadinessState> event) {
		if (!demo || event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		accounts.findByEmail(Demo.OWNER_EMAIL)
			.flatMap(owner -> workspaces.of(owner.id()).stream()
				.filter(w -> w.name().equals(CLINIC))
				.findFirst()
				.flatMap(w -> workspaces.membership(owner.id(), w.id())))
			.ifPresent(owner -> TenantContext.inWorkspace(owner.workspaceId(), () -> {
				if (feedback.compute(MetricQuery.of(owner.workspaceId(), Metric.NPS)).n() == 0
						&& targets.all().isEmpty()) {
					long started = System.nanoTime();
					IngestReport report = build(owner);
					log.info("Demo feedback loaded for {}: {} answers in {} ms", CLINIC, report.accepted(),
							(System.nanoTime() - started) / 1_000_000);
				}
			}));
	}

	private IngestReport build(Member owner) {
		ZoneId zone = owner.timezone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<TouchpointCard> touchpoints = journeys.journeys().stream()
			.filter(j -> j.title().equals(JOURNEY))
			.findFirst()
			.map(j -> cards(journeys.map(j.id())))
			.orElse(List.of());
		LocalDate trainingDue = plans.dates().stream()
			.filter(d -> d.kind() == PlanCalendar.Kind.TASK_DUE && d.title().equals(TRAINING_TASK))
			.map(PlanCalendar.PlanDate::date)
			.findFirst()
			.orElse(today.minusMonths(3));
		Answers answers = new Answers(owner.workspaceId(), zone, today.minusDays(364), today, touchpoints,
				trainingDue);
		IngestReport report = feedback.ingest(owner.workspaceId(), answers, Locale.forLanguageTag("ru"));
		transaction.executeWithoutResult(status -> {
			targets.set(new TargetDetails("NPS", Comparison.AT_LEAST, BigDecimal.valueOf(50),
					LocalDate.of(today.getYear(), 12, 31), null, null));
			customers.stateEconomics(new BigDecimal("35"), 180, null);
			customers.replaceAll(customerTable(today));
			series.store(contactCentre(today));
		});
		return report;
	}

	private static List<TouchpointCard> cards(MapView map) {
		List<TouchpointCard> cards = new ArrayList<>();
		map.stages().forEach(s -> {
			cards.addAll(s.touchpoints());
			s.zones().forEach(z -> {
				cards.addAll(z.touchpoints());
				z.elements().forEach(e -> cards.addAll(e.touchpoints()));
			});
		});
		return cards;
	}

	/**
	 * The answers day by day, made as they are read so a year of them is never held at once. Each touchpoint has
	 * a quality between 0 and 1 that sets its score odds; the reception's drops for five months before the
	 * training is due and comes back above its old level after it.
	 */
	static final class Answers implements Iterator<NewAnswer> {

		private final UUID workspaceId;
		private final ZoneId zone;
		private final LocalDate last;
		private final List<TouchpointCard> touchpoints;
		private final LocalDate trainingDue;
		private final Random random = new Random(SEED);
		private final List<NewAnswer> day = new ArrayList<>();
		private LocalDate current;
		private int made;

		Answers(UUID workspaceId, ZoneId zone, LocalDate first, LocalDate last, List<TouchpointCard> touchpoints,
				LocalDate trainingDue) {
			this.workspaceId = workspaceId;
			this.zone = zone;
			this.current = first;
			this.last = last;
			this.touchpoints = touchpoints;
			this.trainingDue = trainingDue;
		}

		@Override
		public boolean hasNext() {
			while (day.isEmpty() && !current.isAfter(last)) {
				fill(current);
				current = current.plusDays(1);
			}
			return !day.isEmpty();
		}

		@Override
		public NewAnswer next() {
			if (!hasNext()) {
				throw new java.util.NoSuchElementException();
			}
			return day.remove(day.size() - 1);
		}

		private void fill(LocalDate date) {
			boolean weekend = date.getDayOfWeek().getValue() >= 6;
			for (int i = 0; i < touchpoints.size(); i++) {
				TouchpointCard t = touchpoints.get(i);
				double q = quality(t, i, date);
				// the doctor's appointment and the reception are asked about most
				double npsPerDay = t.name().equals("Приём врача") ? 2 : RECEPTION.contains(t.name()) ? 1.5 : 0.6;
				int nps = poisson(weekend ? npsPerDay * 0.4 : npsPerDay * 0.9);
				for (int k = 0; k < nps; k++) {
					day.add(answer(date, t, Metric.NPS, nps(q), q));
				}
				if (random.nextDouble() < (weekend ? 0.15 : 0.35)) {
					day.add(answer(date, t, Metric.CSAT, csat(q), q));
				}
				if (random.nextDouble() < (weekend ? 0.08 : 0.2)) {
					day.add(answer(date, t, Metric.CES, ces(q), q));
				}
			}
		}

		private double quality(TouchpointCard t, int index, LocalDate date) {
			double base = 0.45 + 0.05 * (index % 5) + (t.gap() == null ? 0 : 0.06 * t.gap());
			if (!RECEPTION.contains(t.name())) {
				return clamp(base + 0.02 * Math.sin(date.getDayOfYear() / 58.0));
			}
			long toDue = java.time.temporal.ChronoUnit.DAYS.between(date, trainingDue);
			if (toDue >= 0 && toDue <= 150) {
				// worse and worse until the administrators are trained
				return clamp(base - 0.35 * (1 - toDue / 150.0) - 0.05);
			}
			if (toDue < 0) {
				// the training works in over a month, then holds a little above the old level
				return clamp(base + Math.min(1.0, -toDue / 40.0) * 0.12 - Math.max(0, 1 - -toDue / 40.0) * 0.3);
			}
			return clamp(base);
		}

		private NewAnswer answer(LocalDate date, TouchpointCard t, Metric metric, int score, double q) {
			made++;
			int minute = 9 * 60 + random.nextInt(11 * 60);
			String segment = SEGMENTS.get(random.nextInt(10) < 5 ? 1 : random.nextInt(10) < 7 ? 0 : 2);
			String channel = t.channel() == null ? null : t.channel().toLowerCase(Locale.ROOT);
			String comment = random.nextDouble() < 0.14 ? Comments.pick(random, t.name(), metric, score) : null;
			return new NewAnswer(workspaceId, metric, score,
					date.atStartOfDay(zone).plusMinutes(minute).toInstant(), t.id(), channel, segment,
					"P-" + (1000 + random.nextInt(4000)), comment, "demo-" + made, null);
		}

		private int nps(double q) {
			double r = random.nextDouble();
			double promoters = 0.25 + 0.55 * q;
			double detractors = Math.max(0.03, 0.4 - 0.42 * q);
			if (r < promoters) {
				return random.nextDouble() < 0.6 ? 10 : 9;
			}
			if (r < promoters + detractors) {
				return 6 - Math.min(6, (int) Math.floor(Math.abs(random.nextGaussian()) * 2));
			}
			return random.nextBoolean() ? 8 : 7;
		}

		private int csat(double q) {
			double r = random.nextDouble();
			double top = 0.45 + 0.5 * q;
			if (r < top) {
				return random.nextDouble() < 0.55 ? 5 : 4;
			}
			return 1 + random.nextInt(3);
		}

		private int ces(double q) {
			double mean = 3.2 + 3.3 * q;
			return (int) Math.max(1, Math.min(7, Math.round(mean + random.nextGaussian() * 1.1)));
		}

		private int poisson(double mean) {
			int k = 0;
			double p = Math.exp(-mean);
			double s = p;
			double u = random.nextDouble();
			while (u > s) {
				k++;
				p *= mean / k;
				s += p;
			}
			return k;
		}

		private static double clamp(double q) {
			return Math.max(0.02, Math.min(0.98, q));
		}
	}

	/** Customers' words, good and bad, by what the touchpoint is about. */
	static final class Comments {

		static final List<String> GOOD = List.of("Очень вежливый администратор, всё объяснили.",
				"Быстро оформили, не пришлось ждать.", "Спасибо за внимательное отношение!",
				"Чисто и уютно, буду рекомендовать друзьям.", "Врач подробно всё рассказал, ответил на вопросы.",
				"Удобная онлайн-запись, пришло напоминание.", "Приятно, что встретили по имени.");
		static final List<String> BAD = List.of("Долго ждала у стойки регистрации, никто не обратил внимания.",
				"Администратор даже не поздоровался.", "Заставили заново заполнять те же анкеты.",
				"Очередь в регистратуре, хотя пришёл ко времени.", "Не дозвонился с первого раза, долго ждал на линии.",
				"Не объяснили, куда идти после регистрации.", "Грубый тон, будто я мешаю.");
		static final List<String> NEUTRAL = List.of("В целом нормально, но можно быстрее.",
				"Врач хороший, а регистратура — так себе.", "Парковка маленькая, еле нашёл место.");

		static String pick(Random random, String touchpoint, Metric metric, int score) {
			boolean good = metric == Metric.NPS ? score >= 9 : metric == Metric.CSAT ? score >= 4 : score >= 5;
			boolean bad = metric == Metric.NPS ? score <= 6 : metric == Metric.CSAT ? score <= 2 : score <= 3;
			List<String> pool = good ? GOOD : bad ? BAD : NEUTRAL;
			return pool.get(random.nextInt(pool.size()));
		}
	}

	/** About four hundred patients over three years, with revenue by visits; a steady trickle stops coming. */
	private static List<CustomerRow> customerTable(LocalDate today) {
		Random random = new Random(SEED + 1);
		List<CustomerRow> rows = new ArrayList<>();
		for (int i = 1; i <= 420; i++) {
			LocalDate first = today.minusDays(30 + random.nextInt(3 * 365));
			long span = java.time.temporal.ChronoUnit.DAYS.between(first, today);
			// most come back within the year; about a quarter stop after a few visits
			long lastOffset = random.nextDouble() < 0.27 ? (long) (random.nextDouble() * span * 0.6)
					: span - random.nextInt((int) Math.min(span, 150) + 1);
			LocalDate lastPurchase = first.plusDays(Math.max(0, lastOffset));
			int visits = 1 + (int) (java.time.temporal.ChronoUnit.DAYS.between(first, lastPurchase) / (40 + random.nextInt(80)));
			BigDecimal revenue = BigDecimal.valueOf(visits * (2500L + random.nextInt(4000)));
			rows.add(new CustomerRow(String.format("P-%04d", i), SEGMENTS.get(random.nextInt(SEGMENTS.size())), first,
					lastPurchase, revenue));
		}
		return rows;
	}

	/** The call centre's first-contact resolution and average handling time, month by month. */
	private static List<SeriesValue> contactCentre(LocalDate today) {
		Random random = new Random(SEED + 2);
		List<SeriesValue> values = new ArrayList<>();
		for (int m = 11; m >= 0; m--) {
			LocalDate month = today.withDayOfMonth(1).minusMonths(m);
			double fcr = 68 + (11 - m) * 1.1 + random.nextGaussian() * 1.5;
			double aht = 265 - (11 - m) * 4 + random.nextGaussian() * 8;
			values.add(new SeriesValue("FCR: решено с первого обращения", "%", month,
					BigDecimal.valueOf(fcr).setScale(1, RoundingMode.HALF_UP), "Колл-центр", null));
			values.add(new SeriesValue("AHT: среднее время разговора", "с", month,
					BigDecimal.valueOf(aht).setScale(0, RoundingMode.HALF_UP), "Колл-центр", null));
		}
		return values;
	}
}
