package org.jaxpresso.kernel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.jaxpresso.kernel.display.DisplayRenderer;
import org.jaxpresso.kernel.display.MimeBundle;
import org.jaxpresso.kernel.doc.Inspection;
import org.jaxpresso.kernel.doc.JavadocIndex;
import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.magic.Magics;

/**
 * The Jaxpresso Jupyter kernel: the base library ({@code jjava-jupyter}) speaks the wire
 * protocol; this class evaluates cells with a {@link JShellEvaluator}, renders their values
 * with {@link DisplayRenderer}, and replaces the base handlers whose replies do not follow the
 * protocol: every reply carries {@code status}, {@code history_request} is always answered,
 * {@code silent}, {@code store_history} and {@code stop_on_error} are honoured, and errors name the user's exception
 * class, not a wrapper.
 */
public final class JaxpressoKernel extends BaseKernel {
    /** The kernel's version, shown in {@code kernel_info_reply}. */
    public static final String VERSION = "0.1.0";

    private final CompletableFuture<JShellEvaluator> evaluator;
    private final KernelIO kernelIO;
    private final CellHistory history = new CellHistory();
    /**
     * When the last cell with {@code stop_on_error} failed: execute requests the client sent
     * before then were queued behind it, and are answered {@code aborted} (as ipykernel does).
     */
    private volatile Instant abortSentBefore = Instant.MIN;
    private volatile Magics magics;

    /**
     * A kernel over an evaluator that may still be starting (JShell takes a second or two; the
     * kernel answers {@code kernel_info_request} meanwhile, and the first cell waits for it).
     */
    public JaxpressoKernel(CompletableFuture<JShellEvaluator> evaluator) {
        this(evaluator, new KernelIO());
    }

    private JaxpressoKernel(CompletableFuture<JShellEvaluator> evaluator, KernelIO io) {
        super("jaxpresso", VERSION, languageInfo(), List.of(), null, io, new CommManager(), new Renderer(),
                null, null, false, new StringStyler.Builder().build());
        this.evaluator = evaluator;
        this.kernelIO = io;
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    private JShellEvaluator evaluator() {
        try {
            return evaluator.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the Java evaluator did not start: " + e.getCause(), e.getCause());
        }
    }

    /** The cell runner over the evaluator: magics, then Java (made when the evaluator is ready). */
    private Magics magics() {
        Magics m = magics;
        if (m == null) {
            synchronized (this) {
                if (magics == null) magics = new Magics(evaluator());
                m = magics;
            }
        }
        return m;
    }

    @Override
    public String getBanner() {
        return "Jaxpresso " + VERSION + " — JAX-style arrays for Java (JShell on Java " + Runtime.version().feature() + ")";
    }

    // ---- the evaluation SPI of the base library --------------------------------------------

    @Override
    public Object evalRaw(String source) {
        try {
            JShellEvaluator.CellValue v = evaluator().eval(source);
            return v.hasValue() ? v.value() : null;
        } catch (CellException e) {
            throw new IllegalStateException(e.ename() + ": " + e.evalue(), e);
        }
    }

    /**
     * Shift-Tab: the signatures at the cursor with the engine's Javadoc (from the index the build
     * ships, see {@link JavadocIndex}); null (found: false) when nothing is there, the cursor
     * is outside the code, or anything goes wrong.
     */
    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        try {
            if (code == null || at < 0 || at > code.codePointCount(0, code.length())) return null;
            int cursor = code.offsetByCodePoints(0, at);   // the protocol counts code points
            MimeBundle shown = Inspection.render(magics().signatures(code, cursor), JavadocIndex.shipped());
            return shown == null ? null : displayData(shown);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        JShellEvaluator.Completions c = magics().complete(code, at);
        return new ReplacementOptions(c.matches(), c.start(), c.end());
    }

    @Override
    public String isComplete(String code) {
        return magics().isComplete(code);
    }

    @Override
    public void interrupt() {
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) evaluator.join().stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) evaluator.join().close();
    }

    /** The MIME bundle of a value as the base library's display data. */
    static DisplayData displayData(MimeBundle bundle) {
        DisplayData d = new DisplayData();
        bundle.data().forEach(d::putData);
        return d;
    }

    // ---- handlers --------------------------------------------------------------------------

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, this::handleCommInfoRequest);
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        if (queuedBehindAnError(message)) {
            env.setBusyDeferIdle();
            reply(env, MessageType.EXECUTE_REPLY, "aborted", Map.of());
            return;
        }
        boolean silent = request.isSilent();
        boolean store = request.shouldStoreHistory() && !silent;
        int count = store ? executionCount.getAndIncrement() : Math.max(executionCount.get() - 1, 0);

        env.setBusyDeferIdle();
        if (!silent) env.publish(new PublishExecuteInput(request.getCode(), count));
        if (store) history.add(count, request.getCode());
        replaceOutputStreams(env);
        kernelIO.attach(env, request.isStdinEnabled());
        try {
            JShellEvaluator.CellValue value = magics().eval(request.getCode(), new KernelDisplaySink(env, kernelIO, request.isStdinEnabled()));
            kernelIO.detach(env);
            if (value.hasValue() && !silent) {
                MimeBundle shown = DisplayRenderer.render(value.value());
                env.publish(new PublishExecuteResult(count, displayData(shown)));
                if (store) history.addOutput(count, shown.plain());
            }
            reply(env, MessageType.EXECUTE_REPLY, "ok", Map.of("execution_count", count, "user_expressions", Map.of()));
        } catch (CellException e) {
            kernelIO.detach(env);
            error(env, count, e.ename(), e.evalue(), e.traceback());
            if (request.shouldStopOnError()) abortSentBefore = Instant.now();
        } catch (RuntimeException e) {
            kernelIO.detach(env);
            error(env, count, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), List.of(e.toString()));
            if (request.shouldStopOnError()) abortSentBefore = Instant.now();
        }
    }

    /** Whether the request was sent before a cell with {@code stop_on_error} failed (by its header's date). */
    private boolean queuedBehindAnError(Message<ExecuteRequest> message) {
        if (abortSentBefore == Instant.MIN) return false;
        KernelTimestamp sent = message.getHeader().getTimestamp();
        Instant at = sent == null ? null : instantOf(sent.getDateString());
        return at != null && at.isBefore(abortSentBefore);
    }

    /** A header date as clients write it ({@code 2026-11-23T23:50:01.123456Z}, or with an offset); null if unreadable. */
    static Instant instantOf(String date) {
        if (date == null) return null;
        try {
            return OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(date).toInstant(ZoneOffset.UTC);   // no zone: UTC, as the protocol says
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static void error(ShellReplyEnvironment env, int count, String ename, String evalue, List<String> traceback) {
        env.publish(new PublishError(ename, evalue, traceback));
        reply(env, MessageType.EXECUTE_REPLY, "error",
                Map.of("execution_count", count, "ename", ename, "evalue", evalue, "traceback", traceback));
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("protocol_version", Header.PROTOCOL_VERISON);
        content.put("implementation", name);
        content.put("implementation_version", version);
        content.put("language_info", getLanguageInfo());
        content.put("banner", getBanner());
        content.put("help_links", getHelpLinks());
        reply(env, MessageType.KERNEL_INFO_REPLY, "ok", content);
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        HistoryRequest request = message.getContent();
        List<CellHistory.Entry> entries = switch (request) {
            case HistoryRequest.Tail t -> history.tail(t.getMaxReturnLength());
            case HistoryRequest.Range r -> history.range(r.getSessionIndex(), r.getStart(), r.getStop());
            case HistoryRequest.Search s -> history.search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique());
            default -> List.of();
        };
        reply(env, MessageType.HISTORY_REPLY, "ok", Map.of("history", entries.stream().map(e -> e.toWire(request.includeOutput())).toList()));
    }

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        ShutdownRequest request = message.getContent();
        env.setBusyDeferIdle();
        reply(env, MessageType.SHUTDOWN_REPLY, "ok", Map.of("restart", request.isRestart()));
        onShutdown(request.isRestart());
        env.resolveDeferrals();
        env.markForShutdown();
    }

    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        interrupt();
        reply(env, MessageType.INTERRUPT_REPLY, "ok", Map.of());
    }

    private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
        env.setBusyDeferIdle();
        String target = message.getContent().getTargetName();
        Map<String, Object> comms = new LinkedHashMap<>();
        commManager.forEach(comm -> {
            if (target == null || target.equals(comm.getTargetName())) comms.put(comm.getID(), Map.of("target_name", comm.getTargetName()));
        });
        reply(env, MessageType.COMM_INFO_REPLY, "ok", Map.of("comms", comms));
    }

    /** Sends a reply whose content is {@code status} followed by {@code fields}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void reply(ShellReplyEnvironment env, MessageType<?> type, String status, Map<String, ?> fields) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("status", status);
        content.putAll(fields);
        env.reply(new Message(env.getContext(), type, content));
    }
}
