#include "letters/letteroutput.h"

#include "messagebar.h"
#include "util/savefile.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace fremdrift {

std::optional<QString> LetterOutput::s_nextSavePath;

QString
LetterOutput::askPdfPath(QWidget *parent, const QString &title, const QString &suggestedName)
{
    if (s_nextSavePath)
        return *std::exchange(s_nextSavePath, std::nullopt);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(suggestedName), tr("PDF files (*.pdf)"));
}

void LetterOutput::answerNextSaveWith(const QString &path)
{
    s_nextSavePath = path;
}

Status LetterOutput::savePdf(const QList<LetterDocument> &letters, const QString &path)
{
    auto pdf = LetterLayout::pdf(letters);
    if (!pdf)
        return pdf.error();
    return saveBytes(*pdf, path);
}

bool LetterOutput::savePdfAndTell(const QList<LetterDocument> &letters,
                                  const QString &path,
                                  MessageBar *bar)
{
    if (Status saved = savePdf(letters, path); !saved) {
        bar->showMessage(saved.error().message, MessageBar::Kind::Error);
        return false;
    }
    bar->showMessage(tr("The letters are saved as %1.").arg(QDir::toNativeSeparators(path)),
                     MessageBar::Kind::Information);
    return true;
}

Status LetterOutput::saveBytes(const QByteArray &bytes, const QString &path)
{
    return saveWholeFile(path, bytes);
}

Status LetterOutput::printPreview(QWidget *parent,
                                  const QList<LetterDocument> &letters,
                                  const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(LetterLayout::pageLayout());
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    Status printed = Ok{};
    QObject::connect(&preview,
                     &QPrintPreviewDialog::paintRequested,
                     &preview,
                     [&](QPrinter *target) { printed = LetterLayout::print(letters, *target); });
    preview.resize(900, 700);
    preview.exec();
    return printed;
}

QString LetterOutput::fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() ? c : u'-';
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.left(80) + QStringLiteral(".pdf");
}

QLayout *LetterOutput::actionRow(QLabel *reason,
                                 const QList<QPushButton *> &left,
                                 const QList<QPushButton *> &right)
{
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : left)
        buttons->addWidget(button);
    buttons->addStretch(1);
    for (QPushButton *button : right)
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(reason);
    layout->addLayout(buttons);
    return layout;
}

} // namespace fremdrift
