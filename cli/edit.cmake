target_sources(fedconsole-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EditCommand.h ${CMAKE_CURRENT_LIST_DIR}/EditCommand.cpp)
