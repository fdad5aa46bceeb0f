target_sources(fedconsole-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LogsCommand.h ${CMAKE_CURRENT_LIST_DIR}/LogsCommand.cpp)
