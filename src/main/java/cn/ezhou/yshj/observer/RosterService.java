package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.IdNumber;
import cn.ezhou.yshj.base.MobileNumber;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.internal.RosterSheet;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Roster spreadsheets: the nomination template, all-or-nothing import, and the masked export. */
@Service
public class RosterService {

    /** The largest roster file accepted; the upload is cut at this size while it streams in. */
    public static final DataSize MAX_IMPORT_SIZE = DataSize.ofMegabytes(5);

    private final ObserverService observers;
    private final DirectoryService directory;
    private final Validator validator;
    private final AuditService audit;

    RosterService(ObserverService observers, DirectoryService directory, Validator validator, AuditService audit) {
        this.observers = observers;
        this.directory = directory;
        this.validator = validator;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public byte[] template() {
        return RosterSheet.write(RosterSheet.IMPORT_COLUMNS, List.of(List.of("张三", "男", "", "13800138000",
                "zhangsan@example.cn", "鄂州某公司", "总经理", "企业家", "区级", "鄂城区", "制造业", "市工商联")));
    }

    /** Imports nominations; any invalid row rejects the whole file, people already in the corps are skipped. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public ImportResult importRoster(byte[] content) {
        if (content != null && content.length > MAX_IMPORT_SIZE.toBytes()) {
            throw new Refusal("attachment.error.size", MAX_IMPORT_SIZE.toMegabytes());
        }
        List<List<String>> rows = RosterSheet.read(content);
        if (rows == null) {
            throw new Refusal("import.error.notXlsx");
        }
        Map<String, String> categories = directory.items(ReferenceList.OBSERVER_CATEGORY).stream()
                .collect(Collectors.toMap(ReferenceItem::nameZh, ReferenceItem::code));
        Map<String, String> districts = directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE).stream()
                .collect(Collectors.toMap(OrgUnitRecord::nameZh, OrgUnitRecord::code));
        List<ImportProblem> problems = new ArrayList<>();
        List<ObserverApplication> valid = new ArrayList<>();
        List<String> alreadyInCorps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNo = i + 2;
            int before = problems.size();
            Function<Integer, String> cell = c -> r.get(c).isBlank() ? null : r.get(c);
            Gender gender = switch (r.get(1)) { case "男" -> Gender.MALE; case "女" -> Gender.FEMALE; default -> null; };
            ObserverLevel level = switch (r.get(8)) { case "市级" -> ObserverLevel.CITY; case "区级" -> ObserverLevel.DISTRICT; default -> null; };
            String category = categories.get(r.get(7));
            String district = districts.get(r.get(9));
            check(problems, rowNo, 1, gender != null, "observer.error.gender");
            check(problems, rowNo, 2, IdNumber.isValid(r.get(2)), "validation.idNumber");
            check(problems, rowNo, 3, MobileNumber.isValid(r.get(3)), "validation.mobile");
            check(problems, rowNo, 7, category != null, "observer.error.category");
            check(problems, rowNo, 8, level != null, "observer.error.level");
            check(problems, rowNo, 9, level != ObserverLevel.DISTRICT || district != null, "observer.error.district");
            ObserverApplication application = new ObserverApplication(cell.apply(0), gender, cell.apply(2), cell.apply(3),
                    cell.apply(4), cell.apply(5), cell.apply(6), category, level, district, cell.apply(10), cell.apply(11), null);
            for (ConstraintViolation<ObserverApplication> v : validator.validate(application)) {
                int column = RosterSheet.IMPORT_COLUMNS.indexOf(columnOf(v.getPropertyPath().toString()));
                if (column >= 0 && problems.stream().noneMatch(p -> p.row() == rowNo && p.column().equals(RosterSheet.IMPORT_COLUMNS.get(column)))) {
                    problems.add(new ImportProblem(rowNo, RosterSheet.IMPORT_COLUMNS.get(column), v.getMessage()));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            String id = IdNumber.of(r.get(2)).value();
            if (!seen.add(id)) {
                problems.add(new ImportProblem(rowNo, RosterSheet.IMPORT_COLUMNS.get(2), "import.error.duplicateInFile"));
            } else if (observers.isInCorps(id)) {
                alreadyInCorps.add(r.get(0) + "（" + IdNumber.of(id).masked() + "）");
            } else {
                valid.add(application);
            }
        }
        if (!problems.isEmpty()) {
            audit.recordRefused("OBSERVER_IMPORT", "Observer", null, problems.size() + " problems");
            return new ImportResult(0, List.copyOf(problems), List.copyOf(alreadyInCorps));
        }
        valid.forEach(observers::nominate);
        audit.record("OBSERVER_IMPORT", "Observer", null, AuditService.SUCCESS, valid.size() + " imported");
        return new ImportResult(valid.size(), List.of(), List.copyOf(alreadyInCorps));
    }

    /** The roster with ID and phone masked, for the filter given; read page by page. */
    @PreAuthorize("hasRole('OFFICE')")
    public byte[] export(RosterFilter filter) {
        Map<String, String> categories = directory.items(ReferenceList.OBSERVER_CATEGORY).stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::nameZh));
        List<List<String>> rows = new ArrayList<>();
        Page<ObserverSummary> page;
        int number = 0;
        do {
            page = observers.roster(filter, PageRequest.of(number++, 500, Sort.by("id")));
            for (ObserverSummary o : page) {
                rows.add(List.of(o.name(), o.gender() == Gender.MALE ? "男" : "女", o.maskedIdNumber(), o.maskedMobile(),
                        Optional.ofNullable(o.email()).orElse(""), o.employer(), categories.getOrDefault(o.category(), o.category()),
                        o.level() == ObserverLevel.CITY ? "市级" : "区级", Optional.ofNullable(o.districtCode())
                                .flatMap(directory::orgUnit).map(OrgUnitRecord::nameZh).orElse(""),
                        o.state().name(), Optional.ofNullable(o.certificateNo()).orElse(""),
                        Formats.date(o.termStart()), Formats.date(o.termEnd()), String.valueOf(o.terms().number()),
                        Formats.date(o.terms().renewedUntil())));
            }
        } while (page.hasNext());
        audit.record("OBSERVER_EXPORT", "Observer", null, AuditService.SUCCESS, rows.size() + " rows");
        return RosterSheet.write(List.of("姓名", "性别", "身份证号码", "手机号码", "电子邮箱", "工作单位", "类别", "层级",
                "所在区", "状态", "聘书编号", "聘期开始", "聘期结束", "届次", "已续聘至"), rows);
    }

    private static void check(List<ImportProblem> problems, int row, int column, boolean ok, String reason) {
        if (!ok) {
            problems.add(new ImportProblem(row, RosterSheet.IMPORT_COLUMNS.get(column), reason));
        }
    }

    private static String columnOf(String property) {
        return switch (property) {
            case "name" -> "姓名";
            case "email" -> "电子邮箱";
            case "employer" -> "工作单位";
            case "title" -> "职务";
            case "industry" -> "所在行业";
            case "recommendingUnit" -> "推荐单位";
            default -> "";
        };
    }
}
