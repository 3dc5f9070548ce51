#include "templates/templatespage.h"

#include "decisions/decisionformat.h"
#include "i18n/language.h"
#include "letters/letterissuer.h"
#include "letters/letterlayout.h"
#include "messagebar.h"
#include "messagebox.h"
#include "storage/database.h"
#include "templates/letterpreview.h"
#include "templates/templateeditor.h"
#include "util/settingvalue.h"
#include "widgets/windowhelpers.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int PreviewDelayMs = 300;

SettingValue<QByteArray> savedSplitter(QStringLiteral("templates/splitter"));

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

TemplatesPage::TemplatesPage(QWidget *parent)
    : Page(parent)
    , m_messageBar(new MessageBar(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_editor(new TemplateEditor(this))
    , m_preview(new LetterPreview(this))
{
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Read the template as it is saved now; your edits are dropped."));
    m_reload->hide();
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_preview->setObjectName(QStringLiteral("letterPreview"));

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(PreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &TemplatesPage::updatePreview);
    connect(m_editor, &TemplateEditor::sourceEdited, this, [this] { m_previewTimer.start(); });
    connect(m_editor, &TemplateEditor::stateChanged, this, &TemplatesPage::updateHeading);
    connect(m_editor, &TemplateEditor::saveRequested, this, &TemplatesPage::save);
    connect(m_reload, &QPushButton::clicked, this, &TemplatesPage::reload);

    auto *previewSide = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(headingLabel(tr("Preview on sample data"), previewSide));
    previewLayout->addWidget(m_preview, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("templatesSplitter"));
    m_splitter->addWidget(createTemplateSide());
    m_splitter->addWidget(createEditorSide());
    m_splitter->addWidget(previewSide);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    if (!m_splitter->restoreState(savedSplitter.get()))
        m_splitter->setSizes({190, 450, 260});
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        savedSplitter.set(m_splitter->saveState());
    });

    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageBar, 1);
    messageRow->addWidget(m_reload, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(messageRow);
    layout->addWidget(m_splitter, 1);
    setSession(nullptr);
}

QWidget *TemplatesPage::createTemplateSide()
{
    auto *side = new QWidget(this);
    m_languageBox = new QComboBox(side);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_list = new QListWidget(side);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_versions = new QListWidget(side);
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_versions->setAccessibleName(tr("Saved versions"));
    m_versions->setWordWrap(true);
    m_versions->setAlternatingRowColors(true); // two lines each: where one ends is clear
    m_viewVersion = new QPushButton(tr("V&iew"), side);
    m_viewVersion->setObjectName(QStringLiteral("viewVersionButton"));
    m_viewVersion->setToolTip(tr("Shows the chosen version in the editor, read-only."));
    m_restoreVersion = new QPushButton(tr("Res&tore as new version"), side);
    m_restoreVersion->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restoreVersion->setToolTip(tr("Saves the chosen version again as the newest one."));
    side->setMinimumWidth(170);

    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &TemplatesPage::languageChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesPage::listRowChanged);
    connect(
        m_versions, &QListWidget::itemSelectionChanged, this, &TemplatesPage::updateHistoryButtons);
    connect(m_versions, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        viewVersion(m_versions->row(item));
    });
    connect(m_viewVersion, &QPushButton::clicked, this, [this] {
        viewVersion(m_versions->currentRow());
    });
    connect(m_restoreVersion, &QPushButton::clicked, this, [this] {
        restoreVersion(m_versions->currentRow());
    });

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(buddyLabel(tr("&Language:"), m_languageBox, side));
    languageRow->addWidget(m_languageBox, 1);
    // One above the other: the column is narrow.
    auto *historyButtons = new QVBoxLayout;
    historyButtons->addWidget(m_viewVersion);
    historyButtons->addWidget(m_restoreVersion);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(languageRow);
    layout->addWidget(m_list, 3);
    layout->addWidget(headingLabel(tr("History"), side));
    layout->addWidget(m_versions, 2);
    layout->addLayout(historyButtons);
    return side;
}

QWidget *TemplatesPage::createEditorSide()
{
    auto *side = new QWidget(this);
    m_title = new QLabel(side);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    m_readOnlyLabel = new QLabel(side);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #5a5f66;"));
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(createViewingBanner(side));
    layout->addWidget(m_editor, 1);
    return side;
}

QWidget *TemplatesPage::createViewingBanner(QWidget *parent)
{
    auto *banner = new QFrame(parent);
    m_viewingBanner = banner;
    banner->setObjectName(QStringLiteral("viewingBanner"));
    banner->setStyleSheet(QStringLiteral("#viewingBanner { background: #fff6dc; border: 1px solid "
                                         "#e3c565; border-radius: 4px; } "
                                         "#viewingBanner QLabel { color: #1f1f1f; }"));
    m_viewingText = new QLabel(banner);
    m_viewingText->setWordWrap(true);
    m_restoreViewed = new QPushButton(tr("Restore as new version"), banner);
    m_restoreViewed->setObjectName(QStringLiteral("restoreViewedButton"));
    auto *back = new QPushButton(tr("Back to the current version"), banner);
    back->setObjectName(QStringLiteral("backToCurrentButton"));
    connect(m_restoreViewed, &QPushButton::clicked, this, [this] { restoreVersion(-1); });
    connect(back, &QPushButton::clicked, this, &TemplatesPage::backToCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restoreViewed);
    buttons->addWidget(back);
    auto *layout = new QVBoxLayout(banner);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_viewingText);
    layout->addLayout(buttons);
    banner->hide();
    return banner;
}

void TemplatesPage::setSession(Session *session)
{
    // The same session again (the user switched): edits in progress stay.
    const bool keepEdits = session && session == m_session && m_editor->isModified();
    m_session = session;
    setEnabled(session != nullptr);
    m_previewTimer.stop();
    m_messageBar->hide();
    m_reload->hide();
    if (!session) {
        m_list->clear();
        m_versions->clear();
        m_languageBox->clear();
        m_history.clear();
        m_viewing.reset();
        m_current = LetterTemplate();
        m_editor->setSource(QString());
        m_preview->setPages({});
        updatePermission();
        updateHeading();
        return;
    }
    fillLanguages();
    fillTemplateList();
    if (keepEdits) {
        fillVersions();
        updatePermission();
        updateHeading();
        return;
    }
    loadCurrent();
}

void TemplatesPage::refresh(Session *session)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    updatePermission();
    fillTemplateList();
    fillVersions();
    if (m_viewing)
        return;
    if (m_editor->isModified()) {
        warnIfNewerVersion();
        return;
    }
    auto current = TemplateRepository(*m_session).current(m_kind, m_language);
    if (current && (current->id != m_current.id || current->body != m_current.body)) {
        m_current = std::move(current).value();
        showEditorText(m_current.body);
        updateHeading();
    }
}

void TemplatesPage::fillLanguages()
{
    const QSignalBlocker blocker(m_languageBox);
    const QStringList codes = templateLanguages(m_session->database().jurisdiction());
    m_languageBox->clear();
    for (const QString &code : codes)
        m_languageBox->addItem(languageNativeName(code), code);
    if (!codes.contains(m_language))
        m_language = codes.value(0);
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_language));
}

void TemplatesPage::fillTemplateList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    TemplateRepository repository(*m_session);
    for (LetterKind kind : allLetterKinds()) {
        const auto current = repository.current(kind, m_language);
        const QString state = current ? describe(*current) : current.error().message;
        auto *item = new QListWidgetItem(letterKindName(kind) + u'\n' + state, m_list);
        item->setData(KindRole, int(kind));
        item->setToolTip(state);
        if (kind == m_kind)
            m_list->setCurrentItem(item);
    }
}

void TemplatesPage::fillVersions()
{
    m_versions->clear();
    m_history.clear();
    auto versions = TemplateRepository(*m_session).versions(m_kind, m_language);
    if (!versions) {
        m_messageBar->showMessage(versions.error().message, MessageBar::Kind::Error);
    } else {
        m_history = std::move(versions).value();
    }
    for (const LetterTemplate &version : std::as_const(m_history)) {
        QString text = describe(version);
        if (!version.note.isEmpty())
            text += u'\n' + version.note;
        auto *item = new QListWidgetItem(text, m_versions);
        item->setToolTip(text);
    }
    if (m_history.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None saved yet: letters use the shipped default."),
                                         m_versions);
        none->setFlags(Qt::NoItemFlags);
    }
    updateHistoryButtons();
}

void TemplatesPage::loadCurrent()
{
    m_viewing.reset();
    m_editor->setContext(m_kind, m_session->profile(), m_language);
    auto current = TemplateRepository(*m_session).current(m_kind, m_language);
    if (!current) {
        m_messageBar->showMessage(current.error().message, MessageBar::Kind::Error);
        m_current = LetterTemplate();
        m_current.kind = m_kind;
        m_current.language = m_language;
    } else {
        m_current = std::move(current).value();
    }
    // Another template's pages are no "last good" preview of this one.
    m_preview->setPages({});
    showEditorText(m_current.body);
    fillVersions();
    updatePermission();
    updateHeading();
}

void TemplatesPage::showEditorText(const QString &body)
{
    m_editor->setSource(body);
    m_previewTimer.stop();
    updatePreview();
}

void TemplatesPage::updatePermission()
{
    const bool writable = m_session && !m_session->database().isReadOnly();
    m_mayEdit = writable && roleAllows(m_session->user().role, Permission::ManageTemplates);
    m_editor->setReadOnly(!m_mayEdit || m_viewing.has_value());
    m_readOnlyLabel->setVisible(m_session && !m_mayEdit);
    // Only someone who may save can restore what they view; everyone can go back.
    m_restoreViewed->setVisible(m_mayEdit);
    if (!m_session || m_mayEdit) {
        m_readOnlyLabel->clear();
    } else if (!writable) {
        m_readOnlyLabel->setText(tr("The database is read-only, so templates cannot be changed: "
                                    "%1")
                                     .arg(m_session->database().readOnlyReason()));
    } else {
        const StaffUser &user = m_session->user();
        m_readOnlyLabel->setText(tr("Only administrators can change templates. You are working "
                                    "as %1 (%2): you can read them and try the preview.")
                                     .arg(user.fullName, roleName(user.role)));
    }
    updateHistoryButtons();
}

void TemplatesPage::updateHeading()
{
    m_viewingBanner->setVisible(m_viewing.has_value());
    if (!m_session) {
        m_title->clear();
        m_status->clear();
        return;
    }
    m_title->setText(tr("%1 · %2").arg(letterKindName(m_kind), languageNativeName(m_language)));
    QString status = describe(m_current);
    if (!m_current.language.isEmpty() && m_current.language != m_language)
        status = tr("None in %1 yet: this is the %2 template to start from (%3).")
                     .arg(languageNativeName(m_language),
                          languageNativeName(m_current.language),
                          status);
    if (m_editor->isModified())
        status = tr("%1 · unsaved changes").arg(status);
    m_status->setText(status);
    if (m_viewing) {
        m_viewingText->setText(tr("You are viewing an earlier version: %1. It cannot be edited "
                                  "here; restore it to make it the current version again.")
                                   .arg(describe(*m_viewing)));
    }
}

void TemplatesPage::updateHistoryButtons()
{
    const int row = m_versions->currentRow();
    const bool chosen = row >= 0 && row < m_history.size() && m_versions->item(row)->isSelected();
    m_viewVersion->setEnabled(chosen);
    m_restoreVersion->setEnabled(chosen && m_mayEdit);
}

QString TemplatesPage::describe(const LetterTemplate &tmpl) const
{
    if (tmpl.isShippedDefault())
        return tr("Shipped default");
    const QDate date = QDateTime::fromString(tmpl.createdAt, Qt::ISODate).toLocalTime().date();
    if (tmpl.createdByName.isEmpty())
        return tr("Version %1, %2").arg(tmpl.version).arg(formatDate(date));
    return tr("Version %1 by %2, %3").arg(tmpl.version).arg(tmpl.createdByName, formatDate(date));
}

bool TemplatesPage::selectTemplate(LetterKind kind, const QString &language)
{
    const QString wanted = language.isEmpty() ? m_language : language;
    if (!m_session || m_languageBox->findData(wanted) < 0)
        return false;
    const bool same = kind == m_kind && wanted == m_language && !m_viewing;
    if (!same && !confirmReplacingEdits()) {
        // Staying: the list and the language box show what the editor holds.
        const QSignalBlocker blockList(m_list);
        const QSignalBlocker blockLanguage(m_languageBox);
        m_list->setCurrentRow(int(allLetterKinds().indexOf(m_kind)));
        m_languageBox->setCurrentIndex(m_languageBox->findData(m_language));
        return false;
    }
    if (same)
        return true;
    const bool languageChanged = wanted != m_language;
    m_kind = kind;
    m_language = wanted;
    {
        const QSignalBlocker blockLanguage(m_languageBox);
        m_languageBox->setCurrentIndex(m_languageBox->findData(m_language));
    }
    if (languageChanged)
        fillTemplateList(); // each kind's version in this language
    {
        const QSignalBlocker blockList(m_list);
        m_list->setCurrentRow(int(allLetterKinds().indexOf(m_kind)));
    }
    m_messageBar->hide();
    m_reload->hide();
    loadCurrent();
    return true;
}

void TemplatesPage::listRowChanged(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    if (item)
        selectTemplate(LetterKind(item->data(KindRole).toInt()));
}

void TemplatesPage::languageChanged(int index)
{
    if (index >= 0)
        selectTemplate(m_kind, m_languageBox->itemData(index).toString());
}

bool TemplatesPage::confirmLeave()
{
    return !m_session || confirmReplacingEdits();
}

bool TemplatesPage::confirmReplacingEdits()
{
    if (!m_editor->isModified())
        return true;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (m_editor->canSave()) {
        answer
            = MessageBox::question(this,
                                   tr("Unsaved changes"),
                                   tr("The template «%1» has unsaved changes. Save them as a "
                                      "new version?")
                                       .arg(letterKindName(m_kind)),
                                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                   QMessageBox::Save);
    } else {
        answer = MessageBox::question(this,
                                      tr("Unsaved changes"),
                                      tr("The template «%1» has unsaved changes that cannot be "
                                         "saved as they are (see the problems under the "
                                         "editor). Discard them?")
                                          .arg(letterKindName(m_kind)),
                                      QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Cancel);
    }
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_editor->revert();
        return true;
    }
    return false;
}

bool TemplatesPage::save()
{
    if (!m_session || m_viewing || !m_editor->canSave())
        return false;
    if (!saveBody(m_editor->source(), m_editor->note()))
        return false;
    m_editor->markSaved();
    updateHeading();
    return true;
}

bool TemplatesPage::saveBody(const QString &body, const QString &note)
{
    // Started from another language's template (none in this one yet): based on nothing here.
    const int basedOn = m_current.language == m_language ? m_current.version : 0;
    auto saved = TemplateRepository(*m_session).save(m_kind, m_language, body, basedOn, note);
    if (!saved) {
        showSaveError(saved.error());
        return false;
    }
    m_current = std::move(saved).value();
    m_reload->hide();
    m_messageBar->showMessage(
        tr("Saved as version %1. Letters issued from now on use it.").arg(m_current.version),
        MessageBar::Kind::Information);
    fillTemplateList();
    fillVersions();
    updateHeading();
    return true;
}

void TemplatesPage::showSaveError(const Error &error)
{
    QStringList lines = {error.message};
    for (const FieldProblem &problem : error.problems)
        lines << problem.message;
    m_messageBar->showMessage(lines.join(u'\n'), MessageBar::Kind::Error);
    // Someone saved a newer version first: theirs can be read in its place.
    m_reload->setVisible(error.code == Error::Code::Conflict);
}

void TemplatesPage::warnIfNewerVersion()
{
    const auto newest = TemplateRepository(*m_session).current(m_kind, m_language);
    if (!newest || newest->isShippedDefault() || newest->version <= m_current.version)
        return;
    m_messageBar->showMessage(tr("%1 saved version %2 of this template while you were editing. "
                                 "Your changes cannot be saved over it; Reload shows their "
                                 "version.")
                                  .arg(newest->createdByName)
                                  .arg(newest->version),
                              MessageBar::Kind::Warning);
    m_reload->show();
}

void TemplatesPage::reload()
{
    if (!m_session)
        return;
    m_messageBar->hide();
    m_reload->hide();
    fillTemplateList();
    loadCurrent();
}

void TemplatesPage::hideEvent(QHideEvent *event)
{
    // A preview still due is made now: by the time the timer fires the session may be gone
    // (another database opened while this page is not shown).
    if (m_previewTimer.isActive()) {
        m_previewTimer.stop();
        updatePreview();
    }
    Page::hideEvent(event);
}

void TemplatesPage::updatePreview()
{
    if (!m_session)
        return;
    if (!m_editor->errors().isEmpty()) {
        // The pages shown stay: the last good render, until the errors are put right.
        m_editor->setSampleProblems({});
        m_preview->setNotice(tr("The template has errors, so the preview shows it as it was "
                                "before them."));
        return;
    }
    const PreparedLetters sample
        = LetterIssuer::sample(*m_session, m_kind, m_language, m_editor->source());
    m_editor->setSampleProblems(sample.problems);
    if (sample.drafts.isEmpty()) {
        m_preview->setNotice(tr("No sample letter could be made from the template; see the "
                                "problems under the editor."));
        return;
    }
    m_preview->setPages(LetterLayout::pageImages(sample.drafts.first().document));
    m_preview->setNotice(QString());
}

void TemplatesPage::viewVersion(int row)
{
    if (row < 0 || row >= m_history.size() || !confirmReplacingEdits())
        return;
    m_viewing = m_history.at(row);
    m_messageBar->hide();
    updatePermission();
    showEditorText(m_viewing->body);
    updateHeading();
}

void TemplatesPage::backToCurrent()
{
    if (!m_viewing)
        return;
    m_viewing.reset();
    updatePermission();
    showEditorText(m_current.body);
    updateHeading();
}

bool TemplatesPage::restoreVersion(int row)
{
    const bool fromHistory = row >= 0;
    if (!m_session || !m_mayEdit || (fromHistory && row >= m_history.size())
        || (!fromHistory && !m_viewing)) {
        return false;
    }
    const LetterTemplate restored = fromHistory ? m_history.at(row) : *m_viewing;
    if (!m_viewing && !confirmReplacingEdits())
        return false;
    if (!saveBody(restored.body, tr("Restored version %1").arg(restored.version)))
        return false;
    m_viewing.reset();
    updatePermission();
    showEditorText(m_current.body);
    updateHeading();
    return true;
}

} // namespace fremdrift
