// The Templates page and the letterhead settings, driven through their widgets (offscreen):
// the template list, the editor with its errors and field picker, saving versions, read-only
// for caseworkers, and the office's letterhead saved and read back.
#include "letters/officedetails.h"
#include "letters/templaterepository.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "messagebox.h"
#include "pages/settingspage.h"
#include "support/casefixture.h"
#include "support/screenshots.h"
#include "templates/fieldpicker.h"
#include "templates/letterpreview.h"
#include "templates/mergetaghighlighter.h"
#include "templates/templateeditor.h"
#include "templates/templatesourceedit.h"
#include "templates/templatespage.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

int rowOf(LetterKind kind)
{
    return int(allLetterKinds().indexOf(kind));
}

// The page as the administrator sees it, shown so that clicks land, on the decision letter.
struct AdminPage
{
    explicit AdminPage(CaseFixture &f)
    {
        f.actAs(QStringLiteral("admin"));
        page.resize(1200, 800);
        page.show();
        page.setSession(f.session.get());
        page.templateList()->setCurrentRow(rowOf(LetterKind::DecisionLetter));
        REQUIRE(page.currentKind() == LetterKind::DecisionLetter);
    }

    TemplatesPage page;
};

LetterTemplate current(CaseFixture &f, LetterKind kind, const QString &language)
{
    auto found = TemplateRepository(*f.session).current(kind, language);
    REQUIRE(found.ok());
    return *found;
}

QList<LetterTemplate> versions(CaseFixture &f, LetterKind kind, const QString &language)
{
    auto found = TemplateRepository(*f.session).versions(kind, language);
    REQUIRE(found.ok());
    return *found;
}

// Puts the cursor at the start of the source and types `text` there, "\n" as Return.
void typeAtStart(TemplateSourceEdit *source, const QString &text)
{
    QTextCursor cursor = source->textCursor();
    cursor.movePosition(QTextCursor::Start);
    source->setTextCursor(cursor);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(source, Qt::Key_Return);
        QTest::keyClicks(source, lines.at(i));
    }
}

void clickItem(QListWidget *list, QListWidgetItem *item)
{
    const QRect rect = list->visualItemRect(item);
    REQUIRE_FALSE(rect.isEmpty());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_CASE("The templates page lists all five kinds in the jurisdiction's languages")
{
    CaseFixture f;
    AdminPage admin(f);
    QListWidget *list = admin.page.templateList();
    REQUIRE(list->count() == 5);
    for (LetterKind kind : allLetterKinds()) {
        const QString text = list->item(rowOf(kind))->text();
        CHECK(text.startsWith(letterKindName(kind)));
        // Nothing saved yet: every one is the shipped default.
        CHECK(text.contains(QStringLiteral("Shipped default")));
    }
    QComboBox *languages = admin.page.languageBox();
    QStringList codes;
    for (int i = 0; i < languages->count(); ++i)
        codes << languages->itemData(i).toString();
    CHECK(codes == templateLanguages(JurisdictionCode::Norway));
    CHECK(admin.page.mayEdit());
    CHECK_FALSE(admin.page.readOnlyLabel()->isVisibleTo(&admin.page));
}

TEST_CASE("Selecting the decision letter shows its source and a preview on sample data")
{
    CaseFixture f;
    AdminPage admin(f);
    const QString language = admin.page.currentLanguage();
    const LetterTemplate shipped = current(f, LetterKind::DecisionLetter, language);
    REQUIRE_FALSE(shipped.body.isEmpty());
    TemplateEditor *editor = admin.page.editor();
    CHECK(editor->source() == shipped.body);
    CHECK_FALSE(editor->isModified());
    CHECK(editor->errors().isEmpty());
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK(admin.page.preview()->pageCount() >= 1);
    CHECK(admin.page.preview()->pageText().startsWith(QStringLiteral("Page 1 of")));

    // Another kind shows another source; the picker offers the fields of that kind.
    admin.page.templateList()->setCurrentRow(rowOf(LetterKind::MeetingInvitation));
    CHECK(admin.page.currentKind() == LetterKind::MeetingInvitation);
    CHECK(editor->source() == current(f, LetterKind::MeetingInvitation, language).body);
    CHECK(editor->fieldPicker()->select(QStringLiteral("meeting.location")));
    CHECK_FALSE(editor->fieldPicker()->select(QStringLiteral("complaint_right")));
}

TEST_CASE("A broken tag is listed with its line and column and a click shows it")
{
    CaseFixture f;
    AdminPage admin(f);
    TemplateEditor *editor = admin.page.editor();
    TemplateSourceEdit *source = editor->sourceEdit();
    admin.page.updatePreview();
    const int goodPages = admin.page.preview()->pageCount();
    REQUIRE(goodPages >= 1);

    typeAtStart(source, QStringLiteral("<p>{{ client.nmae }}</p>\n"));
    REQUIRE(editor->errors().size() == 1);
    const TemplateError error = editor->errors().first();
    CHECK(error.at.line == 1);
    CHECK(error.at.column >= 4);
    CHECK(error.at.column <= 7);
    QListWidget *problems = editor->problemList();
    REQUIRE(problems->count() >= 1);
    CHECK(problems->item(0)->text() == error.toString());
    CHECK(problems->item(0)->text().startsWith(
        QStringLiteral("Line 1, column %1: ").arg(error.at.column)));
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK(editor->revertButton()->isEnabled());

    // The preview keeps the last good pages and says why.
    admin.page.updatePreview();
    CHECK(admin.page.preview()->pageCount() == goodPages);
    CHECK_FALSE(admin.page.preview()->notice().isEmpty());

    // The cursor is elsewhere; a click on the error brings it to the tag.
    source->moveCursor(QTextCursor::End);
    clickItem(problems, problems->item(0));
    const QTextCursor cursor = source->textCursor();
    CHECK(cursor.block().blockNumber() == 0);
    CHECK(cursor.selectionStart() == error.at.column - 1);
    if (!error.tag.isEmpty())
        CHECK(cursor.selectedText() == error.tag);

    // The error is underlined where it is.
    const QList<QTextLayout::FormatRange> formats
        = source->document()->firstBlock().layout()->formats();
    bool underlined = false;
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start <= error.at.column - 1 && error.at.column - 1 < range.start + range.length)
            underlined
                = underlined || range.format.underlineStyle() == QTextCharFormat::WaveUnderline;
    }
    CHECK(underlined);

    // Put right, the error goes and the preview is current again.
    QTextCursor fix(source->document()->firstBlock());
    fix.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    fix.insertText(QStringLiteral("<p>{{client.name}}</p>"));
    CHECK(editor->errors().isEmpty());
    admin.page.updatePreview();
    CHECK(admin.page.preview()->notice().isEmpty());
    CHECK(editor->saveButton()->isEnabled());
}

TEST_CASE("The field picker inserts a field at the cursor and wraps a selection in a part")
{
    CaseFixture f;
    AdminPage admin(f);
    TemplateEditor *editor = admin.page.editor();
    TemplateSourceEdit *source = editor->sourceEdit();
    FieldPicker *picker = editor->fieldPicker();
    const QString before = editor->source();

    typeAtStart(source, QStringLiteral("<p>Dear </p>\n"));
    QTextCursor cursor(source->document()->firstBlock());
    cursor.setPosition(8); // after "<p>Dear "
    source->setTextCursor(cursor);
    REQUIRE(picker->select(QStringLiteral("client.name")));
    QPushButton *insert = child<QPushButton>(*picker, "insertFieldButton");
    REQUIRE(insert->isEnabled());
    QTest::mouseClick(insert, Qt::LeftButton);
    CHECK(source->document()->firstBlock().text() == u"<p>Dear {{client.name}}</p>");
    CHECK(editor->errors().isEmpty());

    // The decision letter offers the law's parts; a part wraps what is selected.
    cursor = QTextCursor(source->document()->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    source->setTextCursor(cursor);
    REQUIRE(picker->select(QStringLiteral("complaint_right")));
    CHECK_FALSE(insert->isEnabled());
    QTest::mouseClick(child<QPushButton>(*picker, "insertSectionButton"), Qt::LeftButton);
    CHECK(source->document()->firstBlock().text()
          == u"{{#part complaint_right}}<p>Dear {{client.name}}</p>{{/part}}");
    CHECK(editor->errors().isEmpty());

    // Finding a field hides the others, and their groups when nothing in them matches.
    child<QLineEdit>(*picker, "fieldFilter")->setText(QStringLiteral("postal_addr"));
    QStringList shown;
    for (int g = 0; g < picker->tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = picker->tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                shown << group->child(i)->text(0);
        }
    }
    CHECK(shown == QStringList{QStringLiteral("postal_address")});
    child<QLineEdit>(*picker, "fieldFilter")->clear();
    CHECK(picker->select(QStringLiteral("client.name")));

    // The formatting bar wraps the selection in a tag.
    cursor = QTextCursor(source->document()->findBlockByNumber(1));
    cursor.insertText(QStringLiteral("Hello"));
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 5);
    source->setTextCursor(cursor);
    editor->findChild<QAction *>(QStringLiteral("bAction"))->trigger();
    CHECK(source->document()->findBlockByNumber(1).text().startsWith(u"<b>Hello</b>"));

    // Revert brings back the saved text.
    QTest::mouseClick(editor->revertButton(), Qt::LeftButton);
    CHECK(editor->source() == before);
    CHECK_FALSE(editor->isModified());
}

TEST_CASE("Saving as administrator creates the next version with its note")
{
    CaseFixture f;
    AdminPage admin(f);
    const QString language = admin.page.currentLanguage();
    const LetterTemplate before = current(f, LetterKind::DecisionLetter, language);
    REQUIRE(before.isShippedDefault());
    TemplateEditor *editor = admin.page.editor();

    typeAtStart(editor->sourceEdit(), QStringLiteral("<p>{{client.name}}</p>\n"));
    QTest::keyClicks(editor->noteEdit(), QStringLiteral("Greets the client by name"));
    REQUIRE(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

    // The shipped default is stored as version 1 under the new one.
    const QList<LetterTemplate> after = versions(f, LetterKind::DecisionLetter, language);
    REQUIRE(after.size() == 2);
    CHECK(after.first().version == before.version + 1);
    CHECK(after.last().body == before.body);
    CHECK(after.first().body == editor->source());
    CHECK(after.first().body.startsWith(u"<p>{{client.name}}</p>\n"));
    CHECK(after.first().note == u"Greets the client by name");
    CHECK(after.first().createdByName == u"Ada Admin");
    CHECK(admin.page.currentTemplate().version == before.version + 1);
    CHECK_FALSE(editor->isModified());
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK(editor->noteEdit()->text().isEmpty());
    CHECK(admin.page.templateList()
              ->item(rowOf(LetterKind::DecisionLetter))
              ->text()
              .contains(QStringLiteral("Version %1 by Ada Admin").arg(before.version + 1)));
    CHECK(admin.page.versionList()->count() == after.size());

    // The older version is viewed read-only and restored as the next one.
    const int older = int(after.size()) - 1;
    admin.page.viewVersion(older);
    CHECK(admin.page.isViewingOldVersion());
    CHECK(editor->isReadOnly());
    CHECK(editor->source() == after.at(older).body);
    REQUIRE(admin.page.restoreVersion());
    const QList<LetterTemplate> restored = versions(f, LetterKind::DecisionLetter, language);
    CHECK(restored.first().version == before.version + 2);
    CHECK(restored.first().body == after.at(older).body);
    CHECK_FALSE(admin.page.isViewingOldVersion());
    CHECK_FALSE(editor->isReadOnly());
}

TEST_CASE("A save after someone else saved is refused and Reload shows their version")
{
    CaseFixture f;
    AdminPage admin(f);
    const QString language = admin.page.currentLanguage();
    const LetterTemplate opened = admin.page.currentTemplate();
    // Another PC saves first.
    const QString theirs = opened.body + QStringLiteral("\n<p>Theirs</p>");
    REQUIRE(TemplateRepository(*f.session)
                .save(LetterKind::DecisionLetter,
                      language,
                      theirs,
                      opened.version,
                      QStringLiteral("Elsewhere"))
                .ok());

    TemplateEditor *editor = admin.page.editor();
    typeAtStart(editor->sourceEdit(), QStringLiteral("<p>Mine</p>\n"));
    CHECK_FALSE(admin.page.save());
    CHECK(admin.page.messageBar()->kind() == MessageBar::Kind::Error);
    CHECK(admin.page.messageBar()->text().contains(QStringLiteral("Ada Admin")));
    REQUIRE(admin.page.reloadButton()->isVisible());
    CHECK(versions(f, LetterKind::DecisionLetter, language).first().body == theirs);

    QTest::mouseClick(admin.page.reloadButton(), Qt::LeftButton);
    CHECK(editor->source() == theirs);
    CHECK_FALSE(editor->isModified());
    CHECK_FALSE(admin.page.reloadButton()->isVisible());
}

TEST_CASE("Another PC's new version shows on refresh and edits in progress are kept")
{
    CaseFixture f;
    AdminPage admin(f);
    const QString language = admin.page.currentLanguage();
    TemplateRepository repository(*f.session);
    const LetterTemplate opened = admin.page.currentTemplate();
    const QString first = opened.body + QStringLiteral("\n<p>First</p>");
    auto saved = repository.save(LetterKind::DecisionLetter, language, first, opened.version, {});
    REQUIRE(saved.ok());

    // Nothing edited here: the page shows the new version.
    admin.page.refresh(f.session.get());
    TemplateEditor *editor = admin.page.editor();
    CHECK(editor->source() == first);
    CHECK(admin.page.currentTemplate().version == saved->version);
    CHECK(admin.page.versionList()->count() == 2);

    // Edits in progress stay, with a warning that a newer version exists.
    typeAtStart(editor->sourceEdit(), QStringLiteral("<p>Mine</p>\n"));
    const QString mine = editor->source();
    REQUIRE(repository
                .save(LetterKind::DecisionLetter,
                      language,
                      first + QStringLiteral("!"),
                      saved->version,
                      {})
                .ok());
    admin.page.refresh(f.session.get());
    CHECK(editor->source() == mine);
    CHECK(admin.page.messageBar()->kind() == MessageBar::Kind::Warning);
    CHECK(admin.page.messageBar()->text().contains(QStringLiteral("Ada Admin")));
    CHECK(admin.page.reloadButton()->isVisible());
    CHECK(admin.page.versionList()->count() == 3);
}

TEST_CASE("Unsaved edits are asked about before another template opens")
{
    CaseFixture f;
    AdminPage admin(f);
    TemplateEditor *editor = admin.page.editor();
    typeAtStart(editor->sourceEdit(), QStringLiteral("<p>Draft</p>\n"));
    const QString edited = editor->source();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    admin.page.templateList()->setCurrentRow(rowOf(LetterKind::Minutes));
    CHECK(admin.page.currentKind() == LetterKind::DecisionLetter);
    CHECK(admin.page.templateList()->currentRow() == rowOf(LetterKind::DecisionLetter));
    CHECK(editor->source() == edited);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(admin.page.confirmLeave());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    admin.page.templateList()->setCurrentRow(rowOf(LetterKind::Minutes));
    CHECK(admin.page.currentKind() == LetterKind::Minutes);
    CHECK_FALSE(editor->isModified());
    CHECK(versions(f, LetterKind::DecisionLetter, admin.page.currentLanguage()).isEmpty());
}

TEST_CASE("A caseworker sees the templates read-only")
{
    CaseFixture f; // kari, a caseworker
    TemplatesPage page;
    page.setSession(f.session.get());
    CHECK_FALSE(page.mayEdit());
    REQUIRE(page.readOnlyLabel()->isVisibleTo(&page));
    CHECK(page.readOnlyLabel()->text().contains(QStringLiteral("Only administrators")));
    CHECK(page.readOnlyLabel()->text().contains(QStringLiteral("Kari Caseworker")));
    TemplateEditor *editor = page.editor();
    CHECK(editor->isReadOnly());
    CHECK(editor->sourceEdit()->isReadOnly());
    CHECK_FALSE(editor->saveButton()->isEnabled());
    REQUIRE(editor->fieldPicker()->select(QStringLiteral("client.name")));
    CHECK_FALSE(child<QPushButton>(*editor, "insertFieldButton")->isEnabled());
    CHECK(page.templateList()->count() == 5);
    CHECK_FALSE(editor->source().isEmpty());
    CHECK_FALSE(page.save());
    CHECK(versions(f, page.currentKind(), page.currentLanguage()).isEmpty());

    // The same session acting as the administrator may edit.
    f.actAs(QStringLiteral("admin"));
    page.setSession(f.session.get());
    CHECK(page.mayEdit());
    CHECK_FALSE(page.readOnlyLabel()->isVisibleTo(&page));
    CHECK_FALSE(editor->isReadOnly());
}

TEST_CASE("Merge tags are coloured and errors underlined by the highlighter")
{
    QTextDocument document(QStringLiteral("<p>{{client.name}} {{#if x}}</p>"));
    MergeTagHighlighter highlighter(&document);
    TemplateError error;
    error.at = {1, 19, 18};
    error.tag = QStringLiteral("{{#if x}}");
    highlighter.setErrors({error});
    const auto formatAt = [&document](int position) {
        for (const QTextLayout::FormatRange &range : document.firstBlock().layout()->formats()) {
            if (range.start <= position && position < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    CHECK(formatAt(4).background().style() != Qt::NoBrush); // the field
    CHECK(formatAt(4).underlineStyle() == QTextCharFormat::NoUnderline);
    CHECK(formatAt(20).fontWeight() == QFont::Bold); // the section
    CHECK(formatAt(20).underlineStyle() == QTextCharFormat::WaveUnderline);
    CHECK(formatAt(27).underlineStyle() == QTextCharFormat::NoUnderline); // "</p>"
    highlighter.setErrors({});
    CHECK(formatAt(20).underlineStyle() == QTextCharFormat::NoUnderline);
}

TEST_CASE("The letter preview counts its pages and shows a notice")
{
    LetterPreview preview;
    preview.resize(400, 600);
    preview.show();
    CHECK(preview.pageCount() == 0);
    CHECK(preview.pageText().isEmpty());
    QImage page(794, 1123, QImage::Format_RGB32);
    page.fill(Qt::white);
    preview.setPages({page, page});
    CHECK(preview.pageCount() == 2);
    CHECK(preview.pageText() == u"Page 1 of 2");
    preview.setNotice(QStringLiteral("Old"));
    CHECK(preview.notice() == u"Old");
    preview.setNotice(QString());
    CHECK(preview.notice().isEmpty());
    preview.setPages({page});
    CHECK(preview.pageText() == u"Page 1 of 1");
}

TEST_CASE("The letterhead group saves name address and phone and reads them back")
{
    CaseFixture f;
    f.actAs(QStringLiteral("admin"));
    SettingsPage page;
    page.setSession(f.session.get());
    QGroupBox *box = page.letterheadBox();
    REQUIRE(box);
    child<QLineEdit>(*box, "officeName")->setText(QStringLiteral("Nordby kommune · Omsorg"));
    child<QPlainTextEdit>(*box, "officeAddress")
        ->setPlainText(QStringLiteral("Postboks 1234\n\n9615 Hammerfest\n"));
    child<QLineEdit>(*box, "officePhone")->setText(QStringLiteral("78 40 20 00"));
    QImage logo(400, 100, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    const QString logoPath = f.scratch.path(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    REQUIRE(page.setLogoFromFile(logoPath));
    CHECK_FALSE(page.setLogoFromFile(f.scratch.path(QStringLiteral("missing.png"))));
    QTest::mouseClick(child<QPushButton>(*box, "saveLetterhead"), Qt::LeftButton);

    auto stored = OfficeDetailsStore::load(*f.db);
    REQUIRE(stored.ok());
    CHECK(stored->name == u"Nordby kommune · Omsorg");
    CHECK(stored->address
          == QStringList{QStringLiteral("Postboks 1234"), QStringLiteral("9615 Hammerfest")});
    CHECK(stored->phone == u"78 40 20 00");
    CHECK(QImage::fromData(stored->logoPng).size() == QSize(400, 100));

    // Read again by a new page.
    SettingsPage again;
    again.setSession(f.session.get());
    QGroupBox *reread = again.letterheadBox();
    CHECK(child<QLineEdit>(*reread, "officeName")->text() == u"Nordby kommune · Omsorg");
    CHECK(child<QPlainTextEdit>(*reread, "officeAddress")->toPlainText()
          == u"Postboks 1234\n9615 Hammerfest");
    CHECK(child<QLineEdit>(*reread, "officePhone")->text() == u"78 40 20 00");
    CHECK_FALSE(child<QLabel>(*reread, "officeLogo")->pixmap().isNull());
    CHECK(child<QPushButton>(*reread, "removeLogo")->isEnabled());
}

TEST_CASE("A caseworker sees the letterhead read-only with the reason")
{
    CaseFixture f; // kari
    SettingsPage page;
    page.setSession(f.session.get());
    QGroupBox *box = page.letterheadBox();
    QLabel *access = child<QLabel>(*box, "letterheadAccess");
    CHECK(access->isVisibleTo(&page));
    CHECK(access->text().contains(QStringLiteral("Only an administrator")));
    CHECK(child<QLineEdit>(*box, "officeName")->isReadOnly());
    CHECK(child<QPlainTextEdit>(*box, "officeAddress")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(*box, "saveLetterhead")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*box, "chooseLogo")->isEnabled());
    // Driven anyway, core refuses.
    child<QLineEdit>(*box, "officeName")->setText(QStringLiteral("Changed"));
    CHECK_FALSE(page.saveLetterhead());
    auto stored = OfficeDetailsStore::load(*f.db);
    REQUIRE(stored.ok());
    CHECK(stored->name != u"Changed");
}

TEST_CASE("Leaving the templates page or closing the window with unsaved edits asks first")
{
    CaseFixture f;
    MainWindow window;
    REQUIRE(window.openDatabase(f.db->path()));
    REQUIRE(window.session()->switchUser(QStringLiteral("admin")).ok());
    window.showPage(PageId::Templates);
    auto *page = qobject_cast<TemplatesPage *>(window.page(PageId::Templates));
    REQUIRE(page);
    page->setSession(window.session());
    typeAtStart(page->editor()->sourceEdit(), QStringLiteral("<p>Draft</p>\n"));
    REQUIRE(page->editor()->isModified());

    // Staying keeps the page and the edits.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.showPage(PageId::Clients);
    CHECK(window.currentPage() == PageId::Templates);
    CHECK(page->editor()->isModified());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(window.close());

    // Saving goes on to the other page with the edits stored as the next version.
    MessageBox::setNextAnswer(QMessageBox::Save);
    window.showPage(PageId::Clients);
    CHECK(window.currentPage() == PageId::Clients);
    CHECK_FALSE(page->editor()->isModified());
    CHECK(page->currentTemplate().body.startsWith(u"<p>Draft</p>"));
    CHECK(window.close());
}

// Not run by default: saves the page and the letterhead settings in every language, for a
// person to look at. FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_templates_ui "[.screenshots]"
TEST_CASE("Screenshots of the templates page and the letterhead", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        Session &session = *window.session();
        auto users = session.users();
        REQUIRE(users.ok());
        QString admin;
        QString caseworker;
        for (const StaffUser &user : std::as_const(*users)) {
            if (user.role == Role::Administrator && admin.isEmpty())
                admin = user.username;
            if (user.role == Role::Caseworker && caseworker.isEmpty())
                caseworker = user.username;
        }
        REQUIRE_FALSE(admin.isEmpty());
        REQUIRE_FALSE(caseworker.isEmpty());
        REQUIRE(session.switchUser(admin).ok());
        auto *page = qobject_cast<TemplatesPage *>(window.page(PageId::Templates));
        REQUIRE(page);
        window.showPage(PageId::Templates);
        page->setSession(&session);
        page->templateList()->setCurrentRow(rowOf(LetterKind::DecisionLetter));
        test::saveShot(&window, folder, language, QStringLiteral("templates"));

        // A broken tag: the error under the editor, the last good preview with its notice.
        typeAtStart(page->editor()->sourceEdit(), QStringLiteral("<p>{{#if client.name}</p>\n"));
        page->updatePreview();
        test::saveShot(&window, folder, language, QStringLiteral("templates-error"));
        page->editor()->revert();

        // A version saved with a note, and the shipped default viewed from the history.
        typeAtStart(page->editor()->sourceEdit(), QStringLiteral("<p>{{client.name}}</p>\n"));
        page->editor()->noteEdit()->setText(QStringLiteral("Greets the client by name"));
        REQUIRE(page->save());
        test::saveShot(&window, folder, language, QStringLiteral("templates-saved"));
        page->viewVersion(1);
        REQUIRE(page->isViewingOldVersion());
        test::saveShot(&window, folder, language, QStringLiteral("templates-viewing"));
        page->backToCurrent();

        REQUIRE(session.switchUser(caseworker).ok());
        page->setSession(&session);
        test::saveShot(&window, folder, language, QStringLiteral("templates-read-only"));

        REQUIRE(session.switchUser(admin).ok());
        window.showPage(PageId::Settings);
        window.page(PageId::Settings)->setSession(&session);
        test::saveShot(&window, folder, language, QStringLiteral("settings-letterhead"));
        REQUIRE(session.switchUser(caseworker).ok());
        window.page(PageId::Settings)->setSession(&session);
        test::saveShot(&window, folder, language, QStringLiteral("settings-letterhead-read-only"));
    });
}
