import edu.stanford.nlp.pipeline.*;
import java.util.Properties;

/** Smoke test for a slimmed classpath: java -cp ... Smoke "annotators" [lean=true|false] */
public class Smoke {
  public static void main(String[] a) {
    Properties p = new Properties();
    p.setProperty("annotators", a[0]);
    if (a.length < 2 || Boolean.parseBoolean(a[1])) {
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
    }
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    CoreDocument d = new CoreDocument("Angela Merkel met Emmanuel Macron in Paris on Monday, the Elysee Palace said. They signed a deal with Siemens AG.");
    nlp.annotate(d);
    System.out.println(d.entityMentions());
    if (d.sentences().get(0).dependencyParse() != null) System.out.println(d.sentences().get(0).dependencyParse().toList());
  }
}
