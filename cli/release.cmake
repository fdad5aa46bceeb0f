target_sources(fedconsole-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ReleaseCommands.h ${CMAKE_CURRENT_LIST_DIR}/ReleaseCommands.cpp)
