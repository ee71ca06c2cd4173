package cn.ezhou.yshj.templates;

import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.templates.internal.StoredTemplate;
import cn.ezhou.yshj.templates.internal.StoredTemplateRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's answer templates: listed, written, changed and removed by the accounts of its
 * unit only. The unit is always the signed-in user's; a template of another unit reads as not
 * found, so its id reveals nothing.
 */
@Service
@PreAuthorize("hasRole('DEPARTMENT')")
public class AnswerTemplates {

    @Stored("answer_template.title")
    public static final int MAX_TITLE = 60;
    @Stored("answer_template.body")
    public static final int MAX_TEXT = 4000;
    /** Enough for every result of both uses many times over; a bound so a unit cannot fill the table. */
    public static final int MAX_PER_UNIT = 200;

    private final StoredTemplateRepository templates;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AnswerTemplates(StoredTemplateRepository templates, AccountDirectory accounts, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The unit's templates, by use and title; none for an account without a unit. */
    @Transactional(readOnly = true)
    public List<AnswerTemplate> mine() {
        String unit = unitOrNull();
        return unit == null ? List.of()
                : templates.findByUnitCodeOrderByUseAscTitleAsc(unit).stream().map(StoredTemplate::toRecord).toList();
    }

    /** The unit's templates for one use, by title. */
    @Transactional(readOnly = true)
    public List<AnswerTemplate> mine(TemplateUse use) {
        String unit = unitOrNull();
        return unit == null || use == null ? List.of()
                : templates.findByUnitCodeAndUseOrderByTitleAsc(unit, use).stream().map(StoredTemplate::toRecord).toList();
    }

    @Transactional
    public AnswerTemplate create(TemplateCommand command) {
        String unit = unit();
        checked(command);
        if (templates.countByUnitCode(unit) >= MAX_PER_UNIT) {
            throw new Refusal("templates.error.tooMany", MAX_PER_UNIT);
        }
        StoredTemplate template = new StoredTemplate(unit);
        write(template, command);
        return templates.saveAndFlush(template).toRecord();
    }

    @Transactional
    public AnswerTemplate update(long id, long version, TemplateCommand command) {
        StoredTemplate template = own(id, version);
        checked(command);
        write(template, command);
        return templates.saveAndFlush(template).toRecord();
    }

    @Transactional
    public void delete(long id, long version) {
        templates.delete(own(id, version));
    }

    private void write(StoredTemplate template, TemplateCommand c) {
        template.write(c.use(), UserText.orNull(c.result()), UserText.strip(c.title()), UserText.strip(c.text()),
                currentUser.username().orElseThrow(), clock.instant());
    }

    private static void checked(TemplateCommand c) {
        if (c == null || c.use() == null) {
            throw new Refusal("templates.error.use");
        }
        String result = UserText.orNull(c.result());
        if (result != null && !c.use().results().contains(result)) {
            throw new Refusal("templates.error.result");
        }
        if (UserText.isBlank(c.title())) {
            throw new Refusal("templates.error.title");
        }
        if (UserText.strip(c.title()).length() > MAX_TITLE) {
            throw new Refusal("templates.error.titleTooLong", MAX_TITLE);
        }
        if (UserText.isBlank(c.text())) {
            throw new Refusal("templates.error.text");
        }
        int max = Math.min(MAX_TEXT, c.use().maxText());
        if (UserText.strip(c.text()).length() > max) {
            throw new Refusal("templates.error.textTooLong", max);
        }
    }

    private StoredTemplate own(long id, long version) {
        String unit = unit();
        StoredTemplate template = templates.findById(id).filter(t -> t.getUnitCode().equals(unit))
                .orElseThrow(() -> new Refusal("templates.error.notFound"));
        if (template.getVersion() != version) {
            throw new Refusal("error.concurrentEdit");
        }
        return template;
    }

    private String unit() {
        String unit = unitOrNull();
        if (unit == null) {
            throw new Refusal("templates.error.noUnit");
        }
        return unit;
    }

    private String unitOrNull() {
        return currentUser.username().flatMap(accounts::contact).map(AccountContact::orgUnitCode).orElse(null);
    }
}
