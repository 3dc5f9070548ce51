#pragma once

#include "letters/mergefields.h"
#include "letters/templaterepository.h"
#include "pages/page.h"

#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;

namespace fremdrift {

class LetterPreview;
class MessageBar;
class TemplateEditor;

// The office's letter templates, for the administrator to edit and anyone to read. Left: the
// five kinds of letter in the chosen language, each with its current version, and the history
// of the one chosen. Centre: the editor. Right: the letter on sample data, again ~300 ms after
// typing stops. Saving makes the next version; an older version can be viewed and restored as
// a new one. Someone else's newer version is never overwritten: the save is refused, saying
// who, with Reload. Permission: TemplateRepository::save checks ManageTemplates in core; the
// page only shows read-only when the user lacks it.
class TemplatesPage final : public Page
{
    Q_OBJECT

public:
    explicit TemplatesPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;
    // Lists again after another PC's commit, keeping the user's edits.
    void refresh(Session *session) override;

    // Opens the template of `kind` in `language` (empty: the language chosen). Asks first about
    // unsaved edits; false when the user chose to stay.
    bool selectTemplate(LetterKind kind, const QString &language = {});
    LetterKind currentKind() const { return m_kind; }
    QString currentLanguage() const { return m_language; }
    // The version the editor is based on (the shipped default has id 0).
    const LetterTemplate &currentTemplate() const { return m_current; }
    // Whether the user may change templates here (ManageTemplates, a writable database).
    bool mayEdit() const { return m_mayEdit; }
    bool isViewingOldVersion() const { return m_viewing.has_value(); }

    // Unsaved edits: asks whether to save them, discard them or stay. True when the page may
    // be left (saved, discarded or nothing to save).
    bool confirmLeave();

    TemplateEditor *editor() const { return m_editor; }
    LetterPreview *preview() const { return m_preview; }
    QListWidget *templateList() const { return m_list; }
    QListWidget *versionList() const { return m_versions; }
    QComboBox *languageBox() const { return m_languageBox; }
    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *reloadButton() const { return m_reload; }
    QLabel *readOnlyLabel() const { return m_readOnlyLabel; }

public slots:
    // Saves the editor's text as the next version; false when refused (the message bar says
    // why) or there is nothing valid to save.
    bool save();
    // Reads the current version again, dropping the edits (after a refused save).
    void reload();
    // The sample letter for the text as it stands, now rather than after the pause.
    void updatePreview();
    // Shows the version in the history's row `row` in the editor, read-only.
    void viewVersion(int row);
    // Saves the version in the history's row `row` (or the one viewed, for -1) as the next one.
    bool restoreVersion(int row = -1);
    void backToCurrent();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createTemplateSide();
    QWidget *createEditorSide();
    QWidget *createViewingBanner(QWidget *parent);
    void fillLanguages();
    void fillTemplateList();
    void fillVersions();
    void loadCurrent();
    void updatePermission();
    void updateHeading();
    void updateHistoryButtons();
    void showEditorText(const QString &body);
    bool saveBody(const QString &body, const QString &note);
    void showSaveError(const Error &error);
    void warnIfNewerVersion();
    void listRowChanged(int row);
    void languageChanged(int index);
    QString describe(const LetterTemplate &tmpl) const;
    // Asks about unsaved edits before they would be replaced; false to stay.
    bool confirmReplacingEdits();

    Session *m_session = nullptr;
    LetterKind m_kind = LetterKind::PreNotice;
    QString m_language;
    LetterTemplate m_current;
    QList<LetterTemplate> m_history;
    std::optional<LetterTemplate> m_viewing;
    bool m_mayEdit = false;

    QSplitter *m_splitter = nullptr;
    QComboBox *m_languageBox = nullptr;
    QListWidget *m_list = nullptr;
    QListWidget *m_versions = nullptr;
    QPushButton *m_viewVersion = nullptr;
    QPushButton *m_restoreVersion = nullptr;
    MessageBar *m_messageBar = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QWidget *m_viewingBanner = nullptr;
    QLabel *m_viewingText = nullptr;
    QPushButton *m_restoreViewed = nullptr;
    TemplateEditor *m_editor = nullptr;
    LetterPreview *m_preview = nullptr;
    QTimer m_previewTimer;
};

} // namespace fremdrift
