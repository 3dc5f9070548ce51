#include "templates/templateeditor.h"

#include "templates/fieldpicker.h"
#include "templates/mergetaghighlighter.h"
#include "templates/templatesourceedit.h"
#include "widgets/windowhelpers.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStyle>
#include <QTextCursor>
#include <QToolBar>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int LineRole = Qt::UserRole + 1;
constexpr int ColumnRole = Qt::UserRole + 2;
constexpr int LengthRole = Qt::UserRole + 3;

QStringList errorTexts(const QList<TemplateError> &errors)
{
    QStringList texts;
    for (const TemplateError &error : errors)
        texts << error.toString();
    return texts;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_source(new TemplateSourceEdit(this))
    , m_picker(new FieldPicker(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_source->setObjectName(QStringLiteral("templateSource"));
    m_source->setAccessibleName(tr("Template source"));
    m_picker->setObjectName(QStringLiteral("fieldPicker"));
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->addWidget(m_source);
    m_splitter->addWidget(m_picker);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_splitter);
    vertical->addWidget(createProblemPane());
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFormatBar());
    layout->addWidget(vertical, 1);
    layout->addWidget(createSaveRow());

    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        // Underlining errors changes formats only, yet the document reports it as a change.
        if (m_underlining)
            return;
        checkSource();
        if (!m_loading)
            emit sourceEdited();
    });
    connect(m_picker, &FieldPicker::insertRequested, m_source, &TemplateSourceEdit::insertAtCursor);
    connect(m_picker, &FieldPicker::wrapRequested, m_source, &TemplateSourceEdit::wrapSelection);
    updateButtons();
}

QToolBar *TemplateEditor::createFormatBar()
{
    m_formatBar = new QToolBar(this);
    m_formatBar->setObjectName(QStringLiteral("formatBar"));
    m_formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_formatBar->setIconSize(QSize(16, 16));
    addWrapAction(tr("Bold"), tr("Bold text: <b>…</b>"), QStringLiteral("b"));
    addWrapAction(tr("Italic"), tr("Italic text: <i>…</i>"), QStringLiteral("i"));
    m_formatBar->addSeparator();
    addWrapAction(tr("Heading"), tr("A heading: <h2>…</h2>"), QStringLiteral("h2"));
    addWrapAction(tr("Subheading"), tr("A smaller heading: <h3>…</h3>"), QStringLiteral("h3"));
    addWrapAction(tr("Paragraph"), tr("A paragraph: <p>…</p>"), QStringLiteral("p"));
    QAction *list = m_formatBar->addAction(tr("List"), this, &TemplateEditor::makeList);
    list->setObjectName(QStringLiteral("ulAction"));
    list->setToolTip(tr("A bulleted list, one item per selected line: <ul><li>…</li></ul>"));
    return m_formatBar;
}

void TemplateEditor::addWrapAction(const QString &text, const QString &tip, const QString &tag)
{
    QAction *action = m_formatBar->addAction(text, this, [this, tag] {
        m_source->wrapSelection(QStringLiteral("<%1>").arg(tag), QStringLiteral("</%1>").arg(tag));
    });
    action->setObjectName(tag + QStringLiteral("Action"));
    action->setToolTip(tip);
}

void TemplateEditor::makeList()
{
    // Each selected line an item, so that what comes out is what one sees.
    const QString selected = m_source->textCursor().selectedText();
    QStringList items;
    for (const QString &line : selected.split(QChar::ParagraphSeparator)) {
        if (!line.trimmed().isEmpty())
            items << QStringLiteral("  <li>%1</li>").arg(line.trimmed());
    }
    if (items.isEmpty()) {
        m_source->wrapSelection(QStringLiteral("<ul>\n  <li>"), QStringLiteral("</li>\n</ul>"));
        return;
    }
    m_source->insertAtCursor(QStringLiteral("<ul>\n%1\n</ul>").arg(items.join(u'\n')));
}

QWidget *TemplateEditor::createProblemPane()
{
    auto *pane = new QWidget(this);
    m_problemSummary = new QLabel(pane);
    m_problemSummary->setObjectName(QStringLiteral("problemSummary"));
    m_problemSummary->setWordWrap(true);
    m_problems = new QListWidget(pane);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems in the template"));
    m_problems->setWordWrap(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problems->setIconSize(QSize(iconSize, iconSize));
    m_problems->setMinimumHeight(3 * fontMetrics().height());
    connect(m_problems, &QListWidget::itemClicked, this, &TemplateEditor::showProblemAt);
    connect(m_problems, &QListWidget::itemActivated, this, &TemplateEditor::showProblemAt);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_problemSummary);
    layout->addWidget(m_problems, 1);
    return pane;
}

QWidget *TemplateEditor::createSaveRow()
{
    auto *row = new QWidget(this);
    m_note = new QLineEdit(row);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What changed, and why (kept with the version)"));
    m_save = new QPushButton(tr("&Save as new version"), row);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Saves the template as its next version; letters issued from now on "
                          "use it."));
    m_revert = new QPushButton(tr("Re&vert"), row);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Back to the template as it was saved."));
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &TemplateEditor::revert);
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        if (canSave())
            emit saveRequested();
    });
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(buddyLabel(tr("&Note on this change:"), m_note, row));
    noteRow->addWidget(m_note, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_revert);
    buttonRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(noteRow);
    layout->addLayout(buttonRow);
    return row;
}

void TemplateEditor::setContext(LetterKind kind,
                                const JurisdictionProfile &profile,
                                const QString &language)
{
    m_knownFields = mergeFieldNamesFor(kind);
    // Any part the law of some jurisdiction names, as TemplateRepository::save() accepts.
    m_knownParts = letterPartIds();
    // The law's parts are what a decision letter must say; other letters are offered none.
    m_picker->setKind(kind,
                      kind == LetterKind::DecisionLetter ? profile.complaint.letterRequirements
                                                         : QList<LetterRequirement>{},
                      language);
}

void TemplateEditor::setSource(const QString &body)
{
    m_saved = body;
    m_sampleProblems.clear();
    m_loading = true;
    m_source->setPlainText(body);
    m_loading = false;
    m_note->clear();
    checkSource();
    updateButtons();
}

void TemplateEditor::markSaved()
{
    m_saved = source();
    m_note->clear();
    updateButtons();
}

void TemplateEditor::revert()
{
    // As one edit rather than setPlainText(), so that Undo brings the changes back.
    QTextCursor cursor(m_source->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_saved);
    m_note->clear();
    updateButtons();
}

void TemplateEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_source->setReadOnly(readOnly);
    m_picker->setReadOnly(readOnly);
    m_formatBar->setEnabled(!readOnly);
    m_note->setEnabled(!readOnly);
    updateButtons();
}

void TemplateEditor::setSampleProblems(const QList<LetterProblem> &problems)
{
    m_sampleProblems = problems;
    listProblems();
}

QString TemplateEditor::source() const
{
    return m_source->toPlainText();
}

QString TemplateEditor::note() const
{
    return m_note->text().trimmed();
}

bool TemplateEditor::isModified() const
{
    return source() != m_saved;
}

bool TemplateEditor::canSave() const
{
    return !m_readOnly && isModified() && m_errors.isEmpty() && !source().trimmed().isEmpty();
}

void TemplateEditor::checkSource()
{
    QList<TemplateError> errors = templateErrors(source(), m_knownFields, m_knownParts);
    // Highlighting again redraws the whole text: only when the errors moved or changed.
    const bool changed = errorTexts(errors) != errorTexts(m_errors);
    m_errors = std::move(errors);
    if (changed) {
        const QScopedValueRollback underlining(m_underlining, true);
        m_source->highlighter()->setErrors(m_errors);
    }
    listProblems();
    updateButtons();
}

void TemplateEditor::listProblems()
{
    m_problems->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const TemplateError &error : std::as_const(m_errors)) {
        auto *item = new QListWidgetItem(errorIcon, error.toString(), m_problems);
        item->setData(LineRole, error.at.line);
        item->setData(ColumnRole, error.at.column);
        item->setData(LengthRole, int(error.tag.size()));
        item->setToolTip(tr("Click to show where it is."));
    }
    // Where a sample problem names a field or part, a click shows its first use.
    QMap<QString, TemplatePosition> used;
    if (m_errors.isEmpty() && !m_sampleProblems.isEmpty()) {
        QList<TemplateError> ignored;
        if (const auto parsed = TemplateParser::parse(source(), &ignored)) {
            used = parsed->fieldsUsed();
            used.insert(parsed->partsUsed());
        }
    }
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const LetterProblem &problem : std::as_const(m_sampleProblems)) {
        auto *item = new QListWidgetItem(warningIcon, problem.message, m_problems);
        if (const auto at = used.constFind(problem.field); at != used.constEnd()) {
            item->setData(LineRole, at->line);
            item->setData(ColumnRole, at->column);
            item->setData(LengthRole, 0);
        }
    }
    const int count = int(m_errors.size() + m_sampleProblems.size());
    if (!m_errors.isEmpty())
        m_problemSummary->setText(
            tr("%n error(s) in the template: it cannot be saved until they are put right.",
               nullptr,
               int(m_errors.size())));
    else if (count > 0)
        m_problemSummary->setText(
            tr("%n problem(s) in the sample letter: letters would be stopped until they are put "
               "right.",
               nullptr,
               count));
    else
        m_problemSummary->setText(tr("No problems in the template or the sample letter."));
}

void TemplateEditor::showProblemAt(QListWidgetItem *item)
{
    if (!item || !item->data(LineRole).isValid())
        return;
    TemplatePosition at;
    at.line = item->data(LineRole).toInt();
    at.column = item->data(ColumnRole).toInt();
    m_source->showPosition(at, item->data(LengthRole).toInt());
}

void TemplateEditor::updateButtons()
{
    m_save->setEnabled(canSave());
    m_revert->setEnabled(!m_readOnly && isModified());
    emit stateChanged();
}

} // namespace fremdrift
