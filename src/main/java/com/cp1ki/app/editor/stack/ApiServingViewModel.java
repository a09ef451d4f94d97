package com.cp1ki.app.editor.stack;

import com.cp1ki.engine.field.Records;
import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Target;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;

import java.util.List;
import java.util.NoSuchElementException;

/** A managed-API stack's serving: model, token prices, cache, batch, long-context tier, fees. */
public final class ApiServingViewModel extends EditorViewModel {

    private static final String PER_M = "USD / 1M tokens";
    private final Target<ManagedApi> api;
    private final List<FormField> model;
    private final List<FormField> prices;
    private final List<FormField> discounts;
    private final List<FormField> longContext;
    private final List<FormField> fees;

    public ApiServingViewModel(ProjectSession session, String stack) {
        this(session, () -> stack);
    }

    /** @param stack the stack's current name (it follows a rename) */
    public ApiServingViewModel(ProjectSession session, java.util.function.Supplier<String> stack) {
        super(session);
        api = Targets.api(stack);
        FieldSet<ManagedApi> f = fields(api, "api");
        model = List.of(
                f.text("provider", "Provider", "Who serves the model (Anthropic, OpenAI, a router).", true),
                f.text("model", "Model", "The model's name as the provider prices it.", true),
                f.text("pricesAsOf", "Prices as of", "The date the prices were checked (filled from the catalog; shown on exports).", true),
                f.text("priceSource", "Price source", "Where the prices came from (the provider's pricing page, a contract).", true));
        prices = List.of(
                f.number("inputPrice", "Input price", PER_M, "p_in: price of input (prompt) tokens, USD per 1,000,000 tokens.", Rule.NON_NEGATIVE),
                f.number("outputPrice", "Output price", PER_M, "p_out: price of output (completion) tokens, USD per 1,000,000 tokens.", Rule.NON_NEGATIVE),
                f.number("cacheReadPrice", "Cache read price", PER_M, "p_cr: price of input tokens read from the prompt cache.", Rule.NON_NEGATIVE),
                f.number("cacheWritePrice", "Cache write price", PER_M, "p_cw: price of input tokens written to the prompt cache.", Rule.NON_NEGATIVE));
        discounts = List.of(
                f.percent("cacheReadShare", "Cache read share", "h: share of input tokens read from the prompt cache. Read + write shares must not exceed 100 %.", Rule.PERCENT),
                f.percent("cacheWriteShare", "Cache write share", "w: share of input tokens written to the prompt cache.", Rule.PERCENT),
                f.percent("batchShare", "Batch share", "b: share of requests sent through the provider's batch API.", Rule.PERCENT),
                f.percent("batchDiscount", "Batch discount", "d: discount of the batch API (50 % for half price). Stacks with the cache price.", Rule.PERCENT));
        FieldSet<LongContextTier> t = fields(tier(), "apiLong");
        longContext = List.of(threshold(),
                t.number("inputPrice", "Long-context input price", PER_M, "Input price when a request's input exceeds the threshold (the whole request uses tier prices).", Rule.NON_NEGATIVE),
                t.number("outputPrice", "Long-context output price", PER_M, "Output price above the threshold.", Rule.NON_NEGATIVE),
                t.number("cacheReadPrice", "Long-context cache read", PER_M, "Cache read price above the threshold.", Rule.NON_NEGATIVE),
                t.number("cacheWritePrice", "Long-context cache write", PER_M, "Cache write price above the threshold.", Rule.NON_NEGATIVE));
        fees = List.of(
                f.percent("platformFeePct", "Platform fee", "A router's or marketplace's fee on top of model charges (5.5 % for some routers).", Rule.NON_NEGATIVE),
                f.number("feePerRequest", "Fee per request", "USD", "A fixed fee charged per request, USD.", Rule.NON_NEGATIVE));
    }

    private Target<LongContextTier> tier() {
        return Targets.of(() -> api.describe() + " long-context tier", p -> {
            LongContextTier t = api.get(p).longContext();
            if (t == null) {
                throw new NoSuchElementException("Set a long-context threshold first");
            }
            return t;
        }, (p, t) -> api.set(p, Records.with(api.get(p), "longContext", t)));
    }

    private FormField threshold() {
        return custom(new FormField.Spec("apiLongThreshold", "Long-context threshold", "input tokens",
                        "Requests with more input tokens than this are priced at the long-context prices. Blank: no tier.",
                        FormField.Kind.NUMBER, Rule.WHOLE_POSITIVE, 1, true),
                () -> {
                    LongContextTier t = api.get(session.shown()).longContext();
                    return t == null ? null : t.thresholdTokens();
                },
                v -> new Edit(v == null ? "Remove long-context tier of " + api.describe()
                        : "Set long-context threshold of " + api.describe() + " to " + Math.round((Double) v),
                        p -> {
                            ManagedApi m = api.get(p);
                            LongContextTier t = v == null ? null : m.longContext() == null
                                    ? new LongContextTier(Math.round((Double) v), m.inputPrice(), m.outputPrice(), m.cacheReadPrice(), m.cacheWritePrice())
                                    : Records.with(m.longContext(), "thresholdTokens", v);
                            return api.set(p, Records.with(m, "longContext", t));
                        }));
    }

    public List<FormField> model() {
        return model;
    }

    public List<FormField> prices() {
        return prices;
    }

    public List<FormField> discounts() {
        return discounts;
    }

    public List<FormField> longContext() {
        return longContext;
    }

    public List<FormField> fees() {
        return fees;
    }
}
