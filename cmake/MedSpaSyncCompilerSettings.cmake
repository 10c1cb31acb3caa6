# Strict defaults for every target of the project, in the spirit of KDE's
# KDECompilerSettings: no implicit ASCII casts, no Qt keywords, QStringBuilder.
add_compile_definitions(
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  add_compile_options(-Wall -Wextra -Wpedantic -Wshadow=local -Wno-missing-field-initializers)
  if(MEDSPASYNC_WERROR)
    add_compile_options(-Werror)
  endif()
elseif(MSVC)
  add_compile_options(/W4 /permissive- /utf-8)
  if(MEDSPASYNC_WERROR)
    add_compile_options(/WX)
  endif()
endif()
