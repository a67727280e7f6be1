// Temporary: modules not implemented yet fail loudly. Removed family by family.
#include "actions/filemodules.h"

using namespace Qt::StringLiterals;

namespace Kiln {
FileOperationResult appendFile(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"appendFile: not implemented yet"_s);
}
FileOperationResult createFile(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"createFile: not implemented yet"_s);
}
FileOperationResult readFile(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"readFile: not implemented yet"_s);
}
FileOperationResult setFileEncoding(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"setFileEncoding: not implemented yet"_s);
}
FileOperationResult copyFile(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"copyFile: not implemented yet"_s);
}
FileOperationResult copyFolder(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"copyFolder: not implemented yet"_s);
}
FileOperationResult moveFile(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"moveFile: not implemented yet"_s);
}
FileOperationResult moveFolder(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"moveFolder: not implemented yet"_s);
}
FileOperationResult createFolder(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"createFolder: not implemented yet"_s);
}
FileOperationResult createSymlink(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"createSymlink: not implemented yet"_s);
}
FileOperationResult deleteFile(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"deleteFile: not implemented yet"_s);
}
FileOperationResult deleteFolder(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"deleteFolder: not implemented yet"_s);
}
FileOperationResult listFiles(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"listFiles: not implemented yet"_s);
}
FileOperationResult setFileOwner(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"setFileOwner: not implemented yet"_s);
}
FileOperationResult setFolderOwner(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"setFolderOwner: not implemented yet"_s);
}
FileOperationResult setFilePermissions(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"setFilePermissions: not implemented yet"_s);
}
FileOperationResult setFolderPermissions(const QJsonObject &, const FileOperationContext &)
{
    return FileOperationResult::failure(u"setFolderPermissions: not implemented yet"_s);
}
} // namespace Kiln
