package org.serviceplan.journey.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.journey.ElementView;
import org.serviceplan.journey.JourneyMapSvg;
import org.serviceplan.journey.MapView;
import org.serviceplan.journey.StageView;
import org.serviceplan.journey.TouchpointCard;
import org.serviceplan.journey.ZoneView;

/**
 * How long the server takes to draw a big journey map as SVG (issue 5: 20 stages × 200 touchpoints in under
 * 300 ms). Not a test: timings depend on the machine, so this prints figures for a person to read. Run with
 * {@code bench/map-render.sh}; arguments: stages, touchpoints in all, warm-up runs, measured runs.
 */
public final class MapRenderBenchmark {

	private MapRenderBenchmark() {
	}

	public static void main(String[] args) {
		int stages = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		int touchpoints = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		int runs = args.length > 3 ? Integer.parseInt(args[3]) : 50;
		MapView map = map(stages, touchpoints);
		Locale russian = Locale.forLanguageTag("ru");
		int size = 0;
		for (int i = 0; i < warmUp; i++) {
			size = JourneyMapSvg.render(map, russian).length();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			size = JourneyMapSvg.render(map, russian).length();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"map %d stages × %d touchpoints, SVG %d chars: median %.1f ms, p95 %.1f ms, max %.1f ms over %d runs "
						+ "(after %d warm-up)%n",
				stages, map.touchpointCount(), size, millis(nanos[runs / 2]),
				millis(nanos[(int) Math.ceil(runs * 0.95) - 1]), millis(nanos[runs - 1]), runs, warmUp);
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	/**
	 * A map shaped like a real one: each stage has a few touchpoints of its own and two zones, one with an
	 * element; names long enough to wrap, pains and gaps of every kind.
	 */
	static MapView map(int stages, int touchpoints) {
		String[] channels = { "OFFLINE", "PHONE", "WEBSITE", "MESSENGER", "MOBILE_APP", "EMAIL", "SOCIAL", "OTHER" };
		List<StageView> stageViews = new ArrayList<>();
		int made = 0;
		for (int s = 0; s < stages; s++) {
			int here = touchpoints / stages + (s < touchpoints % stages ? 1 : 0);
			List<TouchpointCard> cards = new ArrayList<>();
			for (int t = 0; t < here; t++, made++) {
				cards.add(new TouchpointCard(UUID.randomUUID(), "Точка касания №" + made + ": приветствие пациента у стойки",
						channels[made % channels.length], made % 5 == 0 ? "☎" : null, made % 4, 1 + made % 5,
						made % 7 == 0 ? null : 1 + (made * 3) % 5));
			}
			int third = cards.size() / 3;
			var element = new ElementView(UUID.randomUUID(), "Стойка регистрации " + s, cards.subList(2 * third, cards.size()));
			var reception = new ZoneView(UUID.randomUUID(), "Ресепшн " + s, List.of(element), cards.subList(third, 2 * third));
			var entrance = new ZoneView(UUID.randomUUID(), "Входная группа " + s, List.of(), List.of());
			stageViews.add(new StageView(UUID.randomUUID(), "Этап " + (s + 1) + " пути пациента", List.of(entrance, reception),
					cards.subList(0, third)));
		}
		return new MapView("Нагрузочная карта", stageViews);
	}
}
