#pragma once

#include "jurisdiction/jurisdictionprofile.h"
#include "letters/letterissuer.h"
#include "letters/mergefields.h"
#include "letters/templatelanguage.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSplitter;
class QToolBar;

namespace fremdrift {

class FieldPicker;
class TemplateSourceEdit;

// Editing one template: its source with a small formatting toolbar and the field picker
// beside it, the template's errors and the letter check's problems under it (a click shows
// where), a note on the change, Save and Revert. The page decides what Save does; the editor
// knows what the text is, whether it changed and whether it is valid.
class TemplateEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    // The fields and parts a template of `kind` may use under `profile`, in `language`.
    void setContext(LetterKind kind, const JurisdictionProfile &profile, const QString &language);
    // Shows `body` as saved: unmodified, the note empty, nothing to undo.
    void setSource(const QString &body);
    // The text as it stands is now the saved one.
    void markSaved();
    void setReadOnly(bool readOnly);
    // The letter check's findings on the sample letter, listed after the template's errors.
    void setSampleProblems(const QList<LetterProblem> &problems);

    QString source() const;
    QString note() const;
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    // The template's own errors (syntax, unknown fields or parts), as of the last keystroke.
    const QList<TemplateError> &errors() const { return m_errors; }
    bool canSave() const;

    TemplateSourceEdit *sourceEdit() const { return m_source; }
    FieldPicker *fieldPicker() const { return m_picker; }
    QListWidget *problemList() const { return m_problems; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QToolBar *formatBar() const { return m_formatBar; }
    QSplitter *splitter() const { return m_splitter; }

public slots:
    // Back to the text as saved.
    void revert();

signals:
    // The text changed by editing or reverting (not by setSource()).
    void sourceEdited();
    // Modified, valid or read-only changed: Save and Revert follow it.
    void stateChanged();
    void saveRequested();

private:
    QToolBar *createFormatBar();
    QWidget *createProblemPane();
    QWidget *createSaveRow();
    void addWrapAction(const QString &text, const QString &tip, const QString &tag);
    void makeList();
    void checkSource();
    void listProblems();
    void showProblemAt(QListWidgetItem *item);
    void updateButtons();

    QSet<QString> m_knownFields;
    QSet<QString> m_knownParts;
    QString m_saved;
    QList<TemplateError> m_errors;
    QList<LetterProblem> m_sampleProblems;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_underlining = false;

    QToolBar *m_formatBar = nullptr;
    TemplateSourceEdit *m_source;
    FieldPicker *m_picker;
    QSplitter *m_splitter;
    QLabel *m_problemSummary = nullptr;
    QListWidget *m_problems = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace fremdrift
