import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.io.File;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * CoreNLP throughput / heap / mention benchmark.
 * Usage: java -Xmx3g -cp target/classes:$(cat cp.txt) Bench CONFIG THREADS RUNS [mentions.tsv]
 * Corpus is read at run time from ground-truth.json (articleBody); no text is written anywhere,
 * the mentions file holds only doc index, char offsets and type.
 */
public class Bench {
  static final String CORPUS = "/work/shared/data/article-extraction-benchmark/ground-truth.json";
  static final String NER4 = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  static final String NER3 = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  // ~50 event verbs / nouns (surface forms, lower-cased) used by config G_eventdep
  static final Pattern EVENT = Pattern.compile("(?i)^(meet|meets|met|meeting|meetings|visit|visits|visited|visiting|sign|signs|signed|signing|sanction|sanctions|sanctioned|attack|attacks|attacked|talks|talked|call|calls|called|phoned|summit|agreement|agreed|agree|announce|announced|announces|accuse|accused|accuses|arrest|arrested|arrests|kill|killed|killing|killings|elect|elected|election|resign|resigned|resignation|appoint|appointed|nominate|nominated|sue|sued|lawsuit|charged|indicted|invade|invaded|invasion|strike|struck|strikes|bomb|bombed|bombing|protest|protests|protested|negotiate|negotiated|negotiations|deal|treaty|hosted|host|hosts|acquire|acquired|acquisition|merger|fired|fire|condemn|condemned|vote|voted|votes|ban|banned|bans|launch|launched|impose|imposed|criticize|criticized|criticised|warned|warn|threatened|threaten)$");

  static Properties config(String name) {
    Properties p = new Properties();
    Properties nerLean = new Properties();
    nerLean.setProperty("ner.model", NER4);
    nerLean.setProperty("ner.applyFineGrained", "false");
    nerLean.setProperty("ner.useSUTime", "false");
    nerLean.setProperty("ner.applyNumericClassifiers", "false");
    nerLean.setProperty("ner.buildEntityMentions", "true");
    switch (name) {
      case "A": p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse"); break;
      case "A_nodep": p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner"); break;
      case "B": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner"); break;
      case "B_eventdep": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner"); break;
      case "C": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse"); break;
      case "D": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,ner"); break;
      case "D_notok": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,ner");
        p.setProperty("ner.useNERSpecificTokenization", "false"); break;
      case "E_caseless": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-caseless-left3words-distsim.tagger"); break;
      case "E_bidir": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-bidirectional-distsim.tagger"); break;
      case "F": p.setProperty("annotators", "tokenize,ssplit"); break;
      case "F_pos": p.setProperty("annotators", "tokenize,ssplit,pos"); break;
      case "G_3class": p.putAll(nerLean); p.setProperty("ner.model", NER3); p.setProperty("annotators", "tokenize,ssplit,pos,ner"); break;
      case "G_nopos": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false"); break;
      case "G_nopos_eventdep": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false"); break;
      case "G_nopos_notok": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("ner.useNERSpecificTokenization", "false"); p.setProperty("enforceRequirements", "false"); break;
      case "G_3class_nopos": p.putAll(nerLean); p.setProperty("ner.model", NER3); p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false"); break;
      case "G_maxlen": p.putAll(nerLean); p.setProperty("annotators", "tokenize,ssplit,pos,ner");
        p.setProperty("pos.maxlen", "80"); p.setProperty("ner.maxlen", "80"); break;
      default: throw new IllegalArgumentException(name);
    }
    return p;
  }

  static final AtomicLong peakUsed = new AtomicLong();

  static long usedHeap() {
    long s = 0;
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans())
      if (b.getType() == MemoryType.HEAP) s += b.getUsage().getUsed();
    return s;
  }

  static long liveHeap() {
    for (int i = 0; i < 3; i++) { System.gc(); try { Thread.sleep(100); } catch (InterruptedException e) { } }
    return usedHeap();
  }

  public static void main(String[] args) throws Exception {
    String cfg = args[0];
    int threads = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    String mentionsOut = args.length > 3 ? args[3] : null;

    JsonNode root = new ObjectMapper().readTree(new File(CORPUS));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    Collections.sort(keys);
    List<String> texts = new ArrayList<>();
    for (String k : keys) texts.add(root.get(k).path("articleBody").asText(""));
    long chars = texts.stream().mapToLong(String::length).sum();

    Thread sampler = new Thread(() -> {
      while (true) {
        long u = usedHeap();
        peakUsed.accumulateAndGet(u, Math::max);
        try { Thread.sleep(20); } catch (InterruptedException e) { return; }
      }
    });
    sampler.setDaemon(true);

    long heap0 = liveHeap();
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(config(cfg));
    StanfordCoreNLP dep = null;
    if (cfg.endsWith("_eventdep")) {
      // second pipeline run only on sentences holding an event word; without POS upstream it must tag them too
      Properties dp = new Properties();
      dp.setProperty("annotators", cfg.startsWith("G_nopos") ? "pos,depparse" : "depparse");
      dp.setProperty("enforceRequirements", "false");
      dep = new StanfordCoreNLP(dp);
    }
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long heapLoaded = liveHeap();
    final StanfordCoreNLP fdep = dep;

    // warm-up: first 40 docs, same thread count
    runPass(pipeline, fdep, texts.subList(0, 40), threads, null);
    sampler.start();
    peakUsed.set(0);

    List<Double> secs = new ArrayList<>();
    long[] stats = null;
    for (int r = 0; r < runs; r++) {
      long s = System.nanoTime();
      long[] st = runPass(pipeline, fdep, texts, threads, r == 0 ? mentionsOut : null);
      secs.add((System.nanoTime() - s) / 1e9);
      if (stats == null) stats = st;
    }
    List<Double> sorted = new ArrayList<>(secs);
    Collections.sort(sorted);
    double median = sorted.get(sorted.size() / 2);
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    String line = String.format(Locale.ROOT,
        "{\"config\":\"%s\",\"threads\":%d,\"docs\":%d,\"chars\":%d,\"tokens\":%d,\"sentences\":%d,\"depSentences\":%d,\"depTokens\":%d,"
            + "\"runsSec\":%s,\"medianSec\":%.2f,\"tokPerSec\":%.0f,\"loadMs\":%d,\"liveHeapModelsMB\":%d,\"peakHeapUsedMB\":%d,\"xmxMB\":%d,\"loadavg\":%.2f}",
        cfg, threads, texts.size(), chars, stats[0], stats[1], stats[2], stats[3], secs.toString(), median, stats[0] / median,
        loadMs, (heapLoaded - heap0) >> 20, peakUsed.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, load);
    System.out.println(line);
    Files.writeString(Path.of("results.jsonl"), line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    System.exit(0);
  }

  /** returns {tokens, sentences, depparsedSentences, depparsedTokens} */
  static long[] runPass(StanfordCoreNLP pipeline, StanfordCoreNLP dep, List<String> texts, int threads, String mentionsOut) throws Exception {
    Annotation[] out = new Annotation[texts.size()];
    ExecutorService ex = Executors.newFixedThreadPool(threads);
    List<Future<?>> fs = new ArrayList<>();
    AtomicLong depS = new AtomicLong(), depT = new AtomicLong();
    for (int i = 0; i < texts.size(); i++) {
      final int idx = i;
      fs.add(ex.submit(() -> {
        Annotation a = new Annotation(texts.get(idx));
        pipeline.annotate(a);
        if (dep != null) {
          List<CoreMap> keep = new ArrayList<>();
          for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
              if (EVENT.matcher(t.word()).matches()) { keep.add(s); depT.addAndGet(s.get(CoreAnnotations.TokensAnnotation.class).size()); break; }
            }
          }
          depS.addAndGet(keep.size());
          if (!keep.isEmpty()) {
            Annotation sub = new Annotation(texts.get(idx));
            sub.set(CoreAnnotations.SentencesAnnotation.class, keep);
            dep.annotate(sub);
          }
        }
        out[idx] = a;
        return null;
      }));
    }
    for (Future<?> f : fs) f.get();
    ex.shutdown();
    long toks = 0, sents = 0;
    PrintWriter pw = mentionsOut == null ? null : new PrintWriter(mentionsOut, "UTF-8");
    for (int i = 0; i < out.length; i++) {
      Annotation a = out[i];
      toks += a.get(CoreAnnotations.TokensAnnotation.class).size();
      List<CoreMap> ss = a.get(CoreAnnotations.SentencesAnnotation.class);
      sents += ss.size();
      if (pw != null) {
        List<CoreMap> ms = a.get(CoreAnnotations.MentionsAnnotation.class);
        if (ms != null) for (CoreMap m : ms) {
          List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
          String coarse = mt.get(0).get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
          String fine = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          String tokNer = mt.get(0).ner();
          if (tokNer == null || tokNer.equals("O")) continue; // pronominal mentions (he/she/...) have token NER O
          String type = coarse != null ? coarse : tokNer;
          if (fine != null && (fine.equals("CITY") || fine.equals("COUNTRY") || fine.equals("STATE_OR_PROVINCE"))) type = "LOCATION";
          pw.printf("%d\t%d\t%d\t%s\t%s%n", i, m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), type, fine);
        }
      }
    }
    if (pw != null) pw.close();
    return new long[]{toks, sents, depS.get(), depT.get()};
  }
}
