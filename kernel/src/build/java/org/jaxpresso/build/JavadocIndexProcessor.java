package org.jaxpresso.build;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.InheritDocTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.RawTextTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;

/**
 * Writes the kernel's Javadoc index: for each public type, constructor, method and field of the
 * engine's sources, its doc comment as Markdown-flavoured plain text. It is an annotation
 * processor so that the build needs no plugin beyond the compiler: kernel/pom.xml compiles it,
 * then runs javac with {@code -proc:only} over the engine's sources with it as the processor.
 * Only the source trees are read (javac's tree and doc-tree API); nothing is generated but the
 * index, {@code org/jaxpresso/kernel/doc/javadoc-index.tsv} in the class output.
 *
 * <p>A member without a doc comment gets the heading of the {@code // ---- heading ----}
 * section it sits in, when there is one (the engine groups its facade methods that way).
 *
 * <p>Output, one line per entry, sorted, UTF-8: {@code package TAB owner TAB member TAB text},
 * where owner is the type's name inside its package ({@code VmapOption.OutAxes}), member is
 * empty for the type itself, {@code name} for a field, {@code name(T1,T2[])} for a method and
 * {@code <init>(…)} for a constructor, parameter types by simple erased name, varargs as
 * {@code []}; text escapes backslash, tab and newline as {@code \\}, {@code \t}, {@code \n}.
 */
@SupportedAnnotationTypes("*")
public final class JavadocIndexProcessor extends AbstractProcessor {
    /** Where the index goes, relative to the class output. */
    static final String PACKAGE = "org.jaxpresso.kernel.doc";
    static final String NAME = "javadoc-index.tsv";
    private static final Pattern SECTION = Pattern.compile("(?m)^[ \\t]*//[ \\t]*-{2,}[ \\t]*(.*?)[ \\t]*-*[ \\t]*$");

    private DocTrees docTrees;
    private final Map<String, String> entries = new TreeMap<>();
    private final Set<CompilationUnitTree> seen = new HashSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        docTrees = DocTrees.instance(env);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            for (Element e : round.getRootElements()) {
                TreePath path = docTrees.getPath(e);
                if (path != null && seen.add(path.getCompilationUnit())) add(path.getCompilationUnit());
            }
            if (round.processingOver()) write();
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "the Javadoc index was not written: " + e);
        }
        return false;
    }

    private void write() throws IOException {
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, PACKAGE, NAME);
        try (Writer w = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : entries.entrySet()) w.write(e.getKey() + "\t" + escape(e.getValue()) + "\n");
        }
        processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                "Javadoc index: " + entries.size() + " entries from " + seen.size() + " files");
    }

    private void add(CompilationUnitTree unit) throws IOException {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        String source = unit.getSourceFile().getCharContent(true).toString();
        for (Tree t : unit.getTypeDecls()) {
            if (t instanceof ClassTree c) addType(unit, pkg, source, new TreePath(new TreePath(unit), c), "", false);
        }
    }

    private void addType(CompilationUnitTree unit, String pkg, String source, TreePath path, String outer, boolean inInterface) {
        ClassTree c = (ClassTree) path.getLeaf();
        if (!visible(c.getModifiers(), inInterface)) return;
        String owner = outer.isEmpty() ? c.getSimpleName().toString() : outer + "." + c.getSimpleName();
        put(pkg, owner, "", doc(path));
        boolean isInterface = c.getKind() == Tree.Kind.INTERFACE || c.getKind() == Tree.Kind.ANNOTATION_TYPE;
        long bodyStart = docTrees.getSourcePositions().getStartPosition(unit, c);
        for (Tree m : c.getMembers()) {
            TreePath mp = new TreePath(path, m);
            switch (m) {
                case ClassTree inner -> addType(unit, pkg, source, mp, owner, isInterface);
                case MethodTree method -> {
                    if (!visible(method.getModifiers(), isInterface)) continue;
                    String name = method.getName().contentEquals("<init>") ? "<init>" : method.getName().toString();
                    List<String> types = new ArrayList<>();
                    for (VariableTree p : method.getParameters()) types.add(simpleErasure(p.getType()));
                    String text = doc(mp);
                    if (text.isEmpty()) text = section(source, bodyStart, docTrees.getSourcePositions().getStartPosition(unit, m), owner);
                    put(pkg, owner, name + "(" + String.join(",", types) + ")", text);
                }
                case VariableTree field -> {
                    if (!visible(field.getModifiers(), isInterface) && !isEnumConstant(c, field)) continue;
                    String text = doc(mp);
                    if (text.isEmpty()) text = section(source, bodyStart, docTrees.getSourcePositions().getStartPosition(unit, m), owner);
                    put(pkg, owner, field.getName().toString(), text);
                }
                default -> { }
            }
        }
        if (c.getKind() == Tree.Kind.RECORD) addRecordComponents(pkg, owner, path);
    }

    /** A record's accessors, documented by the record's {@code @param} tags unless they have their own comment. */
    private void addRecordComponents(String pkg, String owner, TreePath path) {
        DocCommentTree dc = docTrees.getDocCommentTree(path);
        if (dc == null) return;
        for (DocTree tag : dc.getBlockTags()) {
            if (tag instanceof ParamTree p && !p.isTypeParameter()) {
                String key = pkg + "\t" + owner + "\t" + p.getName() + "()";
                entries.putIfAbsent(key, render(p.getDescription()).strip());
            }
        }
    }

    private static boolean isEnumConstant(ClassTree owner, VariableTree field) {
        // javac marks enum constants with the ENUM flag; through the tree API they show as
        // public static final fields of the enum's own type
        return owner.getKind() == Tree.Kind.ENUM && field.getType() != null
                && field.getType().toString().equals(owner.getSimpleName().toString());
    }

    private static boolean visible(ModifiersTree mods, boolean inInterface) {
        if (mods.getFlags().contains(Modifier.PUBLIC)) return true;
        return inInterface && !mods.getFlags().contains(Modifier.PRIVATE);
    }

    private void put(String pkg, String owner, String member, String text) {
        if (text.isBlank() && !member.isEmpty()) return;
        entries.put(pkg + "\t" + owner + "\t" + member, text.strip());
    }

    /** {@code java.util.List<Array>} is {@code List}; {@code int...} and {@code int[]} are {@code int[]}. */
    static String simpleErasure(Tree type) {
        if (type instanceof ArrayTypeTree a) return simpleErasure(a.getType()) + "[]";
        String s = type.toString().replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "");
        boolean varargs = s.endsWith("...");
        if (varargs) s = s.substring(0, s.length() - 3);
        return simpleName(s) + (varargs ? "[]" : "");
    }

    /** The simple erased name of a type written in source or in a JShell signature. */
    static String simpleName(String type) {
        StringBuilder erased = new StringBuilder();
        int depth = 0;
        for (char ch : type.strip().toCharArray()) {
            if (ch == '<') depth++;
            else if (ch == '>') depth--;
            else if (depth == 0) erased.append(ch);
        }
        String s = erased.toString().strip();
        String dims = "";
        while (s.endsWith("[]")) {
            dims += "[]";
            s = s.substring(0, s.length() - 2).strip();
        }
        return s.substring(s.lastIndexOf('.') + 1) + dims;
    }

    /** The heading of the {@code // ---- … ----} section a member without a comment sits in. */
    private static String section(String source, long bodyStart, long memberStart, String owner) {
        if (bodyStart < 0 || memberStart <= bodyStart) return "";
        Matcher m = SECTION.matcher(source).region((int) bodyStart, (int) memberStart);
        String heading = null;
        while (m.find()) heading = m.group(1);
        if (heading == null || heading.isBlank()) return "";
        return "(No doc comment of its own; it is in the \"" + heading + "\" section of " + owner + ".)";
    }

    private String doc(TreePath path) {
        DocCommentTree dc = docTrees.getDocCommentTree(path);
        if (dc == null) return "";
        StringBuilder out = new StringBuilder(render(dc.getFullBody()).strip());
        List<String> params = new ArrayList<>();
        String returns = null;
        List<String> throwsList = new ArrayList<>();
        for (DocTree tag : dc.getBlockTags()) {
            switch (tag) {
                case ParamTree p -> params.add((p.isTypeParameter() ? "<" + p.getName() + ">" : "`" + p.getName() + "`")
                        + " — " + render(p.getDescription()).strip());
                case ReturnTree r -> returns = render(r.getDescription()).strip();
                case ThrowsTree t -> throwsList.add("`" + t.getExceptionName() + "` — " + render(t.getDescription()).strip());
                default -> { }
            }
        }
        if (!params.isEmpty()) {
            out.append("\n\nParameters:");
            for (String p : params) out.append("\n- ").append(p);
        }
        if (returns != null && !returns.isEmpty()) out.append("\n\nReturns: ").append(returns);
        if (!throwsList.isEmpty()) {
            out.append("\n\nThrows:");
            for (String t : throwsList) out.append("\n- ").append(t);
        }
        return out.toString();
    }

    /** Doc comment trees as Markdown-flavoured text: code in backticks, paragraphs, lists, {@code <pre>} as fenced code. */
    private static String render(List<? extends DocTree> body) {
        StringBuilder out = new StringBuilder();
        boolean[] pre = {false};
        for (DocTree t : body) render(t, out, pre);
        return tidy(out.toString());
    }

    private static void render(DocTree t, StringBuilder out, boolean[] pre) {
        switch (t) {
            case TextTree x -> out.append(pre[0] ? x.getBody() : x.getBody().replaceAll("\\s+", " "));
            case RawTextTree x -> out.append(x.getContent());   // a Markdown comment (///) is already Markdown
            case LiteralTree x -> {
                String body = x.getBody().getBody();
                boolean code = x.getKind() == DocTree.Kind.CODE;
                out.append(code && !pre[0] ? "`" + body.strip() + "`" : body);
            }
            case LinkTree x -> {
                if (!x.getLabel().isEmpty()) {
                    StringBuilder label = new StringBuilder();
                    for (DocTree l : x.getLabel()) render(l, label, pre);
                    out.append(label.toString().strip());
                } else {
                    String ref = x.getReference().getSignature();
                    if (ref.startsWith("#")) ref = ref.substring(1);
                    ref = ref.replace('#', '.');
                    out.append(x.getKind() == DocTree.Kind.LINK ? "`" + ref + "`" : ref);
                }
            }
            case SummaryTree x -> { for (DocTree s : x.getSummary()) render(s, out, pre); }
            case InheritDocTree x -> { }
            case EntityTree x -> out.append(entity(x.getName().toString()));
            case StartElementTree x -> {
                switch (x.getName().toString().toLowerCase(Locale.ROOT)) {
                    case "p" -> out.append("\n\n");
                    case "br" -> out.append("\n");
                    case "ul", "ol" -> out.append("\n");
                    case "li" -> out.append("\n- ");
                    case "pre" -> { out.append("\n\n```\n"); pre[0] = true; }
                    case "code", "tt" -> { if (!pre[0]) out.append('`'); }
                    case "b", "strong" -> out.append("**");
                    case "i", "em" -> out.append('*');
                    default -> { }
                }
            }
            case EndElementTree x -> {
                switch (x.getName().toString().toLowerCase(Locale.ROOT)) {
                    case "ul", "ol" -> out.append("\n\n");
                    case "pre" -> { out.append("\n```\n\n"); pre[0] = false; }
                    case "code", "tt" -> { if (!pre[0]) out.append('`'); }
                    case "b", "strong" -> out.append("**");
                    case "i", "em" -> out.append('*');
                    default -> { }
                }
            }
            default -> out.append(t.toString().replaceAll("\\s+", " "));
        }
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) yield Character.toString(Integer.parseInt(name.substring(2), 16));
                    if (name.startsWith("#")) yield Character.toString(Integer.parseInt(name.substring(1)));
                } catch (IllegalArgumentException e) {
                    // not a number: keep it as written
                }
                yield "&" + name + ";";
            }
        };
    }

    /** No spaces at line ends or after a line break, at most one blank line in a row. */
    private static String tidy(String s) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        int blank = 0;
        for (String line : s.split("\n", -1)) {
            if (line.strip().equals("```")) inFence = !inFence;
            String l = inFence ? line.stripTrailing() : line.strip();
            if (l.isEmpty()) {
                if (++blank > 1) continue;
            } else {
                blank = 0;
            }
            out.append(l).append('\n');
        }
        return out.toString().strip();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }
}
