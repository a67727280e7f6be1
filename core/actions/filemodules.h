// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: the 17 file-system module entry points, implemented one family per file
// (filecontent.cpp, filecopy.cpp, filecreate.cpp, filedelete.cpp, fileownership.cpp) and
// registered by name in fileoperations.cpp.
#pragma once

#include "actions/fileoperations.h"

namespace Kiln {

#define KILN_FILE_OPERATION(fn)                                                                    \
    FileOperationResult fn(const QJsonObject &entry, const FileOperationContext &ctx)

KILN_FILE_OPERATION(appendFile);
KILN_FILE_OPERATION(createFile);
KILN_FILE_OPERATION(readFile);
KILN_FILE_OPERATION(setFileEncoding);

KILN_FILE_OPERATION(copyFile);
KILN_FILE_OPERATION(copyFolder);
KILN_FILE_OPERATION(moveFile);
KILN_FILE_OPERATION(moveFolder);

KILN_FILE_OPERATION(createFolder);
KILN_FILE_OPERATION(createSymlink);

KILN_FILE_OPERATION(deleteFile);
KILN_FILE_OPERATION(deleteFolder);
KILN_FILE_OPERATION(listFiles);

KILN_FILE_OPERATION(setFileOwner);
KILN_FILE_OPERATION(setFolderOwner);
KILN_FILE_OPERATION(setFilePermissions);
KILN_FILE_OPERATION(setFolderPermissions);

#undef KILN_FILE_OPERATION

} // namespace Kiln
