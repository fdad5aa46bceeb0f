# gui/editors: editing cluster objects (any kind) over an EditableDocument.
target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/YamlHighlighter.h ${CMAKE_CURRENT_LIST_DIR}/YamlHighlighter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FormTablePage.h ${CMAKE_CURRENT_LIST_DIR}/FormTablePage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfigMapEditorWidget.h ${CMAKE_CURRENT_LIST_DIR}/ConfigMapEditorWidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkloadEditorWidget.h ${CMAKE_CURRENT_LIST_DIR}/WorkloadEditorWidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ObjectEditor.h ${CMAKE_CURRENT_LIST_DIR}/ObjectEditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExposeDialog.h ${CMAKE_CURRENT_LIST_DIR}/ExposeDialog.cpp)
