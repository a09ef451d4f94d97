package com.cp1ki.app.editor.stack;

import com.cp1ki.engine.field.Records;
import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.ChoiceField;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Target;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;

import java.util.List;

/** A self-hosted GPU stack's serving: instance, hourly rates, throughput, fleet sizing. */
public final class GpuServingViewModel extends EditorViewModel {

    private static final String PER_H = "USD / h";
    private final Target<SelfHostedGpu> gpu;
    private final List<FormField> instance;
    private final List<FormField> rates;
    private final ChoiceField<RateKind> rate;
    private final List<FormField> throughput;
    private final List<FormField> fleet;
    private final ChoiceField<RateKind> reservedTerm;

    public GpuServingViewModel(ProjectSession session, String stack) {
        this(session, () -> stack);
    }

    /** @param stack the stack's current name (it follows a rename) */
    public GpuServingViewModel(ProjectSession session, java.util.function.Supplier<String> stack) {
        super(session);
        gpu = Targets.gpu(stack);
        FieldSet<SelfHostedGpu> f = fields(gpu, "gpu");
        instance = List.of(
                f.text("instanceType", "Instance type", "The cloud instance (e.g. g5.xlarge) or machine the model runs on.", false),
                f.number("gpusPerInstance", "GPUs per instance", "GPUs", "GPUs in one instance (informational).", Rule.WHOLE));
        rates = List.of(
                f.number("onDemandRate", "On-demand rate", PER_H, "Hourly price of one instance on demand.", Rule.NON_NEGATIVE),
                f.number("reserved1yRate", "Reserved 1-year rate", PER_H, "Hourly price with a 1-year reservation; 0 to use the discount below.", Rule.NON_NEGATIVE),
                f.percent("reserved1yDiscount", "Reserved 1-year discount", "Discount off on-demand for a 1-year reservation, used when the rate is 0.", Rule.PERCENT_BELOW_100),
                f.number("reserved3yRate", "Reserved 3-year rate", PER_H, "Hourly price with a 3-year reservation; 0 to use the discount below.", Rule.NON_NEGATIVE),
                f.percent("reserved3yDiscount", "Reserved 3-year discount", "Discount off on-demand for a 3-year reservation, used when the rate is 0.", Rule.PERCENT_BELOW_100),
                f.number("spotRate", "Spot rate", PER_H, "Hourly spot price (0 when not offered).", Rule.NON_NEGATIVE));
        rate = choice("gpuRate", "Billed at", "Which hourly rate the fleet (beyond any reserved instances) is billed at.", "rate");
        throughput = List.of(
                f.number("outputTokensPerSecond", "Output throughput", "tokens/s", "R_out: sustained output tokens per second per instance at the target concurrency. 0 = unset: the fleet is the minimum instances.", Rule.NON_NEGATIVE),
                f.number("inputTokensPerSecond", "Prefill throughput", "tokens/s", "R_in: prefill (input) tokens per second per instance. 0 = unset: the input term is dropped.", Rule.NON_NEGATIVE),
                f.percent("utilisationCeiling", "Utilisation ceiling", "u: share of capacity the fleet may use and still meet its latency target.", Rule.PERCENT_ABOVE_0),
                f.text("throughputSource", "Throughput source", "Where the throughput comes from: model, precision, serving engine, benchmark.", true));
        fleet = List.of(
                f.number("minInstances", "Minimum instances", "instances", "N_min: instances kept running whatever the demand.", Rule.WHOLE),
                f.number("reservedInstances", "Reserved instances", "instances", "N_r: instances billed at the reserved rate of the term below; the rest at the chosen rate.", Rule.WHOLE));
        reservedTerm = choice("gpuReservedTerm", "Reserved term", "The reservation term of the reserved instances.", "reservedTerm");
    }

    private ChoiceField<RateKind> choice(String id, String label, String tip, String component) {
        List<RateKind> options = component.equals("rate") ? List.of(RateKind.values())
                : List.of(RateKind.RESERVED_1Y, RateKind.RESERVED_3Y);
        return new ChoiceField<>(id, label, tip, () -> options, RateKind::label, session,
                () -> (RateKind) Records.get(gpu.get(session.shown()), component),
                k -> new Edit("Set " + label.toLowerCase() + " of " + gpu.describe() + " to " + k.label(),
                        p -> gpu.set(p, Records.with(gpu.get(p), component, k))));
    }

    @Override
    protected void refresh() {
        super.refresh();
        if (rate != null) {
            rate.refresh();
            reservedTerm.refresh();
        }
    }

    public List<FormField> instance() {
        return instance;
    }

    public List<FormField> rates() {
        return rates;
    }

    public ChoiceField<RateKind> rate() {
        return rate;
    }

    public List<FormField> throughput() {
        return throughput;
    }

    public List<FormField> fleet() {
        return fleet;
    }

    public ChoiceField<RateKind> reservedTerm() {
        return reservedTerm;
    }
}
