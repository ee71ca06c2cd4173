package cn.ezhou.yshj.base.ui;

import cn.ezhou.yshj.base.BackgroundJobs;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * A button that starts an export in the background, a progress bar while it runs (the page polls
 * once a second; the job's state comes from the database), and the download link when the file is
 * ready. Opened again, after a restart or on another instance, it shows the user's latest export of
 * its kind, still running or ready, while that is kept.
 */
public class ExportPanel extends Div {

    private final BackgroundJobs jobs;
    private final String kind;
    private final Function<DoubleConsumer, BackgroundJobs.Result> work;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div download = new Div();
    private String jobId;
    private com.vaadin.flow.shared.Registration polling;

    /** The kind names this export among the user's exports, e.g. {@code bulletin-docx}. */
    public ExportPanel(String buttonText, String kind, BackgroundJobs jobs,
                       Function<DoubleConsumer, BackgroundJobs.Result> work) {
        this.jobs = jobs;
        this.kind = kind;
        this.work = work;
        addClassName("export-panel");
        Button start = new Button(buttonText, e -> start());
        progress.setVisible(false);
        progress.setWidth("12rem");
        add(start, progress, status, download);
    }

    private void start() {
        Errors.attempt(this, () -> {
            jobId = jobs.start(kind, work);
            download.removeAll();
            running(0);
        });
    }

    private void running(double value) {
        progress.setValue(value);
        progress.setVisible(true);
        status.setText(getTranslation("export.running"));
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> poll());
        if (jobId == null) {
            jobs.latest(kind).filter(s -> !s.done() || s.succeeded()).ifPresent(s -> {
                jobId = s.id();
                if (s.done()) {
                    poll();
                } else {
                    running(s.progress());
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void poll() {
        if (jobId == null) {
            return;
        }
        jobs.status(jobId).ifPresent(s -> {
            progress.setValue(s.progress());
            if (!s.done()) {
                return;
            }
            jobId = null;
            UI.getCurrent().setPollInterval(-1);
            progress.setVisible(false);
            if (s.errorKey() != null) {
                status.setText(getTranslation(s.errorKey()));
                return;
            }
            // Read once when ready: the download request then needs neither the database nor the job.
            jobs.result(s.id()).ifPresentOrElse(r -> {
                status.setText(getTranslation("export.ready"));
                download.add(Downloads.link(r.fileName(),
                        () -> new Downloads.File(r.fileName(), r.contentType(), r.content())));
            }, () -> status.setText(getTranslation("error.jobFailed")));
        });
    }
}
